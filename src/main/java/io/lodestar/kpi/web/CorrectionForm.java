package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new value for a recorded actual, with the reason; the old value stays, marked as superseded. */
public record CorrectionForm(@NotNull(message = "{kpi.record.measurement.required}") UUID measurementId,
		@NotNull(message = "{kpi.measurement.value.required}") BigDecimal value,
		@NotBlank(message = "{kpi.measurement.correction-reason.required}") @Size(max = 500, message = "{kpi.measurement.reason.size}") String reason,
		Boolean lockOverride) {
}
