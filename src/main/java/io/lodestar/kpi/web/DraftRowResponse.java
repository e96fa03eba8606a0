package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** One employee of a bulk-assignment grid with the library KPI's default target and weight. */
@Schema(name = "AssignmentDraftRow")
@JsonInclude(JsonInclude.Include.ALWAYS)
record DraftRowResponse(UUID employeeId, @Schema(example = "E-1001") String employeeNo, @Schema(example = "李娜") String name,
		@Schema(nullable = true) BigDecimal target, @Schema(nullable = true) BigDecimal weight) {
}
