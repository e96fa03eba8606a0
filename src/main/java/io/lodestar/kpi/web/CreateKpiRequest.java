package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.OwnerType;
import io.lodestar.kpi.NewKpi;
import io.swagger.v3.oas.annotations.media.Schema;

/** A KPI for the company, an org unit or an employee in a period, optionally contributing to a parent goal. */
@Schema(name = "CreateKpi")
record CreateKpiRequest(
		@NotBlank(message = "{goals.goal.title.required}") @Size(max = 300, message = "{goals.goal.title.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "个人操作损耗率≤4%") String title,
		@Size(max = 4000, message = "{goals.goal.description.size}") String description,
		@NotNull(message = "{goals.goal.owner-type.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OwnerType ownerType,
		@Schema(description = "The org unit or employee; omit for the company.") UUID ownerId,
		@NotNull(message = "{goals.goal.period.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The KPI's own period, e.g. the year; it is measured per its config's frequency.") UUID periodId,
		@Schema(description = "The goal it contributes to.") UUID parentId,
		@DecimalMin(value = "0", message = "{goals.goal.weight.range}") @DecimalMax(value = "10000", message = "{goals.goal.weight.range}")
		@Schema(description = "Weight among the parent's contributing goals; default 1.") BigDecimal contributionWeight,
		@NotNull(message = "{kpi-api.config.required}") @Valid @Schema(requiredMode = Schema.RequiredMode.REQUIRED) KpiConfigBody config) {

	NewKpi command() {
		return new NewKpi(title, description, ownerType, ownerId, periodId, parentId, contributionWeight,
				config.config(null));
	}

}
