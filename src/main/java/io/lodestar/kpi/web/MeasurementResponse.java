package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.MeasurementView;
import io.swagger.v3.oas.annotations.media.Schema;

/** A recorded actual. Immutable: a correction is a new measurement naming the one it replaces. */
@Schema(name = "Measurement")
@JsonInclude(JsonInclude.Include.ALWAYS)
record MeasurementResponse(UUID id, UUID kpiId, @Schema(description = "The measurement period.") UUID periodId,
		LocalDate measuredOn, BigDecimal value, MeasurementSource source,
		@Schema(description = "The sender's reference, e.g. an ERP document number.", nullable = true) String sourceRef,
		@Schema(description = "Who or what entered it.", nullable = true) String enteredBy, Instant recordedAt,
		@Schema(description = "The measurement this one corrects.", nullable = true) UUID correctsId,
		@Schema(description = "Why it was corrected or recorded into a locked period.", nullable = true) String reason,
		boolean lockOverride,
		@Schema(description = "True when a later correction replaced it; it then no longer counts.") boolean superseded) {

	static MeasurementResponse of(MeasurementView view) {
		return new MeasurementResponse(view.id(), view.kpiId(), view.periodId(), view.measuredOn(), Decimals.clean(view.value()),
				view.source(), view.sourceRef(), view.enteredByName(), view.recordedAt(), view.correctsId(),
				view.reason(), view.lockOverride(), view.superseded());
	}

}
