package io.lodestar.goals.web;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a period is locked, e.g. "March figures approved for payroll". */
@Schema(name = "PeriodLock")
record LockRequest(@Size(max = 500, message = "{goals-api.period.lock-reason.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3月数据已确认，用于发放绩效工资") String reason) {
}
