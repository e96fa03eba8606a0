package io.lodestar.kpi;

import java.math.BigDecimal;

import io.lodestar.goals.Period;

/**
 * A KPI's result in one period.
 *
 * @param target the target for this period (scaled for sums and counts)
 * @param completion after cap and floor (1 = 100 %), null without data
 */
public record KpiPeriodResult(Period period, BigDecimal actual, BigDecimal target, BigDecimal completion,
		BigDecimal rawCompletion, int measurementCount) {

	public BigDecimal completionPercent() {
		return completion == null ? null : completion.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
	}

}
