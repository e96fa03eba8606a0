package io.lodestar.okr.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import io.lodestar.okr.Cadence;
import io.lodestar.okr.NewCycle;
import io.lodestar.okr.OkrCycle;

/**
 * A cycle as HR types it. Margins and caps are typed in percent (10 points, 150 %), as HR thinks of them; the
 * service keeps fractions. Every field but the name, cadence and start may be left empty for its default.
 */
record CycleForm(@NotBlank(message = "{okr.cycle.name.required}") @Size(max = 100, message = "{okr.cycle.name.size}") String name,
		@NotNull(message = "{okr.cycle.cadence.required}") Cadence cadence,
		@NotNull(message = "{okr.cycle.starts-on.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate draftingEndsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingStartsOn,
		@Min(value = 1, message = "{okr.cycle.check-in-days.range}") @Max(value = 31, message = "{okr.cycle.check-in-days.range}") Integer checkInDays,
		@DecimalMin(value = "0", message = "{okr-admin.cycle.at-risk.range}") @DecimalMax(value = "100", message = "{okr-admin.cycle.at-risk.range}") BigDecimal atRiskPoints,
		@DecimalMin(value = "100", message = "{okr-admin.cycle.cap.range}") @DecimalMax(value = "1000", message = "{okr-admin.cycle.cap.range}") BigDecimal progressCapPercent,
		Long version) {

	static CycleForm empty() {
		return new CycleForm(null, Cadence.QUARTER, null, null, null, null, null, null, null, null);
	}

	static CycleForm of(OkrCycle cycle) {
		return new CycleForm(cycle.name(), cycle.cadence(), cycle.startsOn(), cycle.endsOn(), cycle.draftingEndsOn(),
				cycle.closingStartsOn(), cycle.checkInDays(), percent(cycle.atRiskMargin()),
				percent(cycle.progressCap()), cycle.version());
	}

	NewCycle toNewCycle() {
		return new NewCycle(name, cadence, startsOn, endsOn, draftingEndsOn, closingStartsOn, checkInDays,
				fraction(atRiskPoints), fraction(progressCapPercent), version);
	}

	private static BigDecimal percent(BigDecimal fraction) {
		return fraction == null ? null : new BigDecimal(fraction.movePointRight(2).stripTrailingZeros().toPlainString());
	}

	private static BigDecimal fraction(BigDecimal percent) {
		return percent == null ? null : percent.movePointLeft(2);
	}

}
