package io.lodestar.kpi.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The right value for a measurement, and why; the original stays, superseded. */
@Schema(name = "MeasurementCorrection")
record CorrectionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "5.5") BigDecimal value,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "录入错误：应为5.5") String reason,
		@Schema(description = "HR administrators correcting a value in a locked period.") Boolean lockOverride) {
}
