package io.lodestar.kpi.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.kpi.KpiDefinitionRequest;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new library KPI; its configuration is the default for every assignment. */
@Schema(name = "CreateKpiDefinition")
record CreateKpiDefinitionRequest(
		@NotBlank(message = "{kpi.definition.code.required}") @Size(max = 40, message = "{kpi.definition.code.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{kpi.definition.code.pattern}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "LOSS-RATE") String code,
		@NotBlank(message = "{kpi.definition.name.required}") @Size(max = 200, message = "{kpi.definition.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "个人操作损耗率") String name,
		@Size(max = 2000, message = "{kpi.definition.description.size}") String description,
		@NotNull(message = "{kpi-api.config.required}") @Valid @Schema(requiredMode = Schema.RequiredMode.REQUIRED) KpiConfigBody config) {

	KpiDefinitionRequest command() {
		return new KpiDefinitionRequest(code, name, description, config.config(null), null);
	}

}
