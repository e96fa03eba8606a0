package io.lodestar.kpi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A library KPI: a code, a name and the default configuration applied when it is assigned. */
public record KpiDefinitionRequest(
		@NotBlank(message = "{kpi.definition.code.required}") @Size(max = 40, message = "{kpi.definition.code.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{kpi.definition.code.pattern}") String code,
		@NotBlank(message = "{kpi.definition.name.required}") @Size(max = 200, message = "{kpi.definition.name.size}") String name,
		@Size(max = 2000, message = "{kpi.definition.description.size}") String description,
		@NotNull @Valid KpiConfig config, Long version) {
}
