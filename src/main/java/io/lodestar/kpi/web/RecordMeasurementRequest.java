package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.lodestar.kpi.NewMeasurement;
import io.swagger.v3.oas.annotations.media.Schema;

/** One actual for a KPI. Checked like an item of a batch: problems come back with index 0. */
@Schema(name = "RecordMeasurement")
record RecordMeasurementRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3.5") BigDecimal value,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The day the value belongs to; within the KPI's period, not in the future.") LocalDate measuredOn,
		@Schema(description = "Your reference, e.g. an ERP document number (up to 300 characters).") String sourceRef,
		@Schema(description = "Your key for this value (up to 200 characters): sending it again changes nothing.") String idempotencyKey,
		@Schema(description = "Required with lockOverride.") String reason,
		@Schema(description = "HR administrators recording into a locked period.") Boolean lockOverride) {

	NewMeasurement command(UUID kpiId) {
		return new NewMeasurement(kpiId, value, measuredOn, sourceRef, idempotencyKey, reason,
				Boolean.TRUE.equals(lockOverride));
	}

}
