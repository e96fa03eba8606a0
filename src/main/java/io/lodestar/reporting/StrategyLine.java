package io.lodestar.reporting;

import java.math.BigDecimal;
import java.util.UUID;

import io.lodestar.goals.Period;

/** A company strategic goal with the progress rolled up from what contributes to it (a fraction, or null). */
public record StrategyLine(UUID id, String title, Period period, BigDecimal progress) {

	public Status status() {
		return Status.of(progress);
	}

	public BigDecimal progressPercent() {
		return Status.percent(progress);
	}

	/** For the progress bar: 0..100. */
	public int barWidth() {
		BigDecimal percent = progressPercent();
		return percent == null ? 0 : Math.max(0, Math.min(100, percent.intValue()));
	}

}
