package io.lodestar.kpi.web;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.kpi.KpiDefinitionView;
import io.swagger.v3.oas.annotations.media.Schema;

/** A KPI of the company's library: the defaults applied when it is assigned. */
@Schema(name = "KpiDefinition")
@JsonInclude(JsonInclude.Include.ALWAYS)
record KpiDefinitionResponse(UUID id, @Schema(example = "LOSS-RATE") String code,
		@Schema(example = "个人操作损耗率") String name, @Schema(nullable = true) String description, KpiConfigBody config,
		boolean archived, @Schema(description = "Send it back with PUT.") Long version) {

	static KpiDefinitionResponse of(KpiDefinitionView view) {
		return new KpiDefinitionResponse(view.id(), view.code(), view.name(), view.description(),
				KpiConfigBody.of(view.config()), view.archived(), view.version());
	}

}
