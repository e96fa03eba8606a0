package io.lodestar.kpi.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.kpi.KpiDefinitionRequest;
import io.swagger.v3.oas.annotations.media.Schema;

/** A library KPI as it should be, with the version read. KPIs already assigned keep their configuration. */
@Schema(name = "UpdateKpiDefinition")
record UpdateKpiDefinitionRequest(
		@NotBlank(message = "{kpi.definition.code.required}") @Size(max = 40, message = "{kpi.definition.code.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{kpi.definition.code.pattern}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
		@NotBlank(message = "{kpi.definition.name.required}") @Size(max = 200, message = "{kpi.definition.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
		@Size(max = 2000, message = "{kpi.definition.description.size}") String description,
		@NotNull(message = "{kpi-api.config.required}") @Valid @Schema(requiredMode = Schema.RequiredMode.REQUIRED) KpiConfigBody config,
		@NotNull(message = "{platform.validation.version-required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

	KpiDefinitionRequest command() {
		return new KpiDefinitionRequest(code, name, description, config.config(null), version);
	}

}
