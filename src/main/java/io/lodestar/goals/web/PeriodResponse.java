package io.lodestar.goals.web;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

/** A fiscal period with its label in the caller's language. */
@Schema(name = "Period")
@JsonInclude(JsonInclude.Include.ALWAYS)
record PeriodResponse(UUID id, PeriodKind kind,
		@Schema(description = "The calendar year in which the fiscal year starts.") int fiscalYear,
		@Schema(description = "1-based position in the fiscal year (half 1–2, quarter 1–4, month 1–12).") int sequence,
		@Schema(description = "E.g. \"2026 Q1\" / \"2026年第1季度\"; FY prefix when the fiscal year does not start in January.") String label,
		LocalDate startsOn, @Schema(description = "Inclusive.") LocalDate endsOn,
		@Schema(description = "Locked periods take actuals only with an HR override and a reason.") boolean locked,
		@Schema(nullable = true) String lockReason) {

	static PeriodResponse of(Period period, Messages messages) {
		return new PeriodResponse(period.id(), period.kind(), period.fiscalYear(), period.sequence(),
				messages.get(period.labelKey(), period.labelArguments()), period.startsOn(), period.endsOn(),
				period.locked(), period.lockReason());
	}

}
