package io.lodestar.okr;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A cycle to create or change. Only the start and the cadence are required: the end follows from the cadence,
 * drafting ends two weeks in, closing starts in the last week, check-ins are weekly, at-risk is 10 points
 * below pace and progress is capped at 100 %.
 */
public record NewCycle(@NotBlank(message = "{okr.cycle.name.required}") @Size(max = 100, message = "{okr.cycle.name.size}") String name,
		@NotNull(message = "{okr.cycle.cadence.required}") Cadence cadence,
		@NotNull(message = "{okr.cycle.starts-on.required}") LocalDate startsOn, LocalDate endsOn,
		LocalDate draftingEndsOn, LocalDate closingStartsOn,
		@Min(value = 1, message = "{okr.cycle.check-in-days.range}") @Max(value = 31, message = "{okr.cycle.check-in-days.range}") Integer checkInDays,
		@DecimalMin(value = "0", message = "{okr.cycle.at-risk-margin.range}") @DecimalMax(value = "1", message = "{okr.cycle.at-risk-margin.range}") BigDecimal atRiskMargin,
		@DecimalMin(value = "1", message = "{okr.cycle.progress-cap.range}") @DecimalMax(value = "10", message = "{okr.cycle.progress-cap.range}") BigDecimal progressCap,
		Long version) {
}
