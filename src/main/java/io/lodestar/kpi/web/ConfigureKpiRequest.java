package io.lodestar.kpi.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

/** A KPI's new scoring configuration with the configuration version read ({@code configVersion}). */
@Schema(name = "ConfigureKpi")
record ConfigureKpiRequest(
		@NotNull(message = "{kpi-api.config.required}") @Valid @Schema(requiredMode = Schema.RequiredMode.REQUIRED) KpiConfigBody config,
		@NotNull(message = "{platform.validation.version-required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The configVersion read.") Long version) {
}
