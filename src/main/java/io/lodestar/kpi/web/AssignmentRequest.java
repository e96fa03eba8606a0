package io.lodestar.kpi.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import io.lodestar.kpi.Assignment;
import io.lodestar.kpi.PersonTarget;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Applies a library KPI to many employees at once, each with their own target and weight (null: the
 * library's default), optionally all contributing to one parent goal. All or nothing.
 */
@Schema(name = "KpiAssignment")
record AssignmentRequest(
		@NotNull(message = "{goals.goal.period.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID periodId,
		@Schema(description = "The goal every new KPI contributes to, e.g. the unit's KPI.") UUID parentId,
		@NotNull(message = "{kpi.assign.nobody}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Row> targets) {

	/** One employee with their target and weight. */
	@Schema(name = "KpiAssignmentRow")
	record Row(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID employeeId,
			@Schema(description = "Null: the library default.", example = "4") java.math.BigDecimal target,
			@Schema(description = "Percent of the person's scorecard; null: the library default.", example = "30") java.math.BigDecimal weight) {
	}

	Assignment command(UUID definitionId) {
		return new Assignment(definitionId, periodId, parentId, targets.stream()
			.map(row -> row == null ? new PersonTarget(null, null, null)
					: new PersonTarget(row.employeeId(), row.target(), row.weight()))
			.toList());
	}

}
