package io.lodestar.kpi.web;

import java.time.LocalDate;
import java.util.UUID;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

/** A period as KPI responses name it (the full form is GET /api/v1/periods/{id}). */
@Schema(name = "PeriodRef")
record PeriodRef(UUID id, PeriodKind kind, @Schema(example = "2026-03") String label, LocalDate startsOn,
		@Schema(description = "Inclusive.") LocalDate endsOn, boolean locked) {

	static PeriodRef of(Period period, Messages messages) {
		return new PeriodRef(period.id(), period.kind(), messages.get(period.labelKey(), period.labelArguments()),
				period.startsOn(), period.endsOn(), period.locked());
	}

}
