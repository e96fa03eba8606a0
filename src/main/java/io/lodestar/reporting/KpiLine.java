package io.lodestar.reporting;

import java.math.BigDecimal;
import java.util.UUID;

import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;

/**
 * One row of a KPI table: the KPI's actual, target and completion in the dashboard's period.
 *
 * @param ownerName the company's, unit's or person's name
 * @param period the KPI's own period (a yearly KPI shown for a quarter still says "2025")
 * @param target the target of the period shown (scaled for sums and counts), or the KPI's target without data
 * @param completion a fraction (1 = 100 %), null without data
 * @param weight the KPI's weight in its owner's scorecard (percent)
 */
public record KpiLine(UUID id, String title, OwnerType ownerType, UUID ownerId, String ownerName, Period period,
		String unit, BigDecimal target, BigDecimal actual, BigDecimal completion, BigDecimal weight) {

	public Status status() {
		return Status.of(completion);
	}

	public BigDecimal completionPercent() {
		return Status.percent(completion);
	}

	public String targetText() {
		return Numbers.text(target);
	}

	public String actualText() {
		return Numbers.text(actual);
	}

	public String weightText() {
		return Numbers.text(weight);
	}

}
