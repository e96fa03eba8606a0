package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import io.lodestar.kpi.NewMeasurement;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A batch of actuals pushed by another system (at most {@value MeasurementApiController#MAX_ITEMS} items).
 * All or nothing, unless {@code partial} asks to store the good items and report the others.
 */
@Schema(name = "MeasurementBatch")
record BatchRequest(@NotNull(message = "{kpi-api.batch.items-required}")
		@ArraySchema(schema = @Schema(implementation = Item.class), maxItems = MeasurementApiController.MAX_ITEMS) List<Item> items,
		@Schema(description = "Store the good items and list the refused ones, instead of refusing the whole batch; default false.") Boolean partial) {

	/** One actual of a batch. */
	@Schema(name = "MeasurementBatchItem")
	record Item(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID kpiId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4.9") BigDecimal value,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Within the KPI's period, not in the future.") LocalDate measuredOn,
			@Schema(description = "Your reference (up to 300 characters).", example = "ERP-2026-03-0042") String sourceRef,
			@Schema(description = "Your key for this value: re-sending it changes nothing; the same key with another "
					+ "value is refused.", example = "erp-loss-2026-03-ws1") String idempotencyKey,
			@Schema(description = "Required with lockOverride.") String reason,
			@Schema(description = "HR administrators recording into a locked period.") Boolean lockOverride) {

		NewMeasurement command() {
			return new NewMeasurement(kpiId, value, measuredOn, sourceRef, idempotencyKey, reason,
					Boolean.TRUE.equals(lockOverride));
		}

	}

}
