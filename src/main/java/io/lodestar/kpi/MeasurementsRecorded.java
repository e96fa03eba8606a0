package io.lodestar.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Actuals were stored (manually, by the API, an import, a connector or attendance), published in the
 * transaction that stores them: one event per call, listing each new measurement.
 */
public record MeasurementsRecorded(UUID tenantId, List<Recorded> measurements) {

	/** One stored actual; {@code correctsId} names the actual it corrects, if any. */
	public record Recorded(UUID measurementId, UUID kpiId, UUID periodId, LocalDate measuredOn, BigDecimal value,
			MeasurementSource source, String sourceRef, UUID correctsId) {
	}

	public MeasurementsRecorded {
		measurements = List.copyOf(measurements);
	}

}
