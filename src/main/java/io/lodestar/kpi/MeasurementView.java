package io.lodestar.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded actual. {@code superseded} when a later correction replaced it; {@code correctsId} when it is
 * itself a correction.
 */
public record MeasurementView(UUID id, UUID kpiId, UUID periodId, LocalDate measuredOn, BigDecimal value,
		MeasurementSource source, String sourceRef, String enteredByName, Instant recordedAt, UUID correctsId,
		String reason, boolean lockOverride, boolean superseded) {
}
