package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One actual typed on the KPI page. {@code lockOverride} with a reason lets an HR administrator record into a
 * locked period.
 */
public record MeasurementForm(@NotNull(message = "{kpi.measurement.value.required}") BigDecimal value,
		@NotNull(message = "{kpi.measurement.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn,
		@Size(max = 300, message = "{kpi.measurement.source-ref.size}") String sourceRef, Boolean lockOverride,
		@Size(max = 500, message = "{kpi.measurement.reason.size}") String reason) {
}
