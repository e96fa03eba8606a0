package io.lodestar.reporting;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The weighted KPI score of an org unit or a person in the dashboard's period ({@code Scoring.weighted} over
 * their KPIs with their scorecard weights; KPIs without data are left out and the rest re-normalised).
 *
 * @param score a fraction (1 = 100 %), null when no KPI has data
 * @param weightSum the sum of the weights of all their KPIs (100 when complete)
 * @param kpis how many KPIs they have in the period
 * @param unitId for a person, the unit they sit in
 */
public record Scorecard(UUID id, String name, String employeeNo, UUID unitId, String unitName, BigDecimal score,
		BigDecimal weightSum, int kpis) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Status status() {
		return Status.of(score);
	}

	public BigDecimal scorePercent() {
		return Status.percent(score);
	}

	public String weightSumText() {
		return Numbers.text(weightSum);
	}

	/** A person's weights should add up to exactly 100 %; while drafting they are normalised, with a warning. */
	public boolean weightsFlagged() {
		return kpis > 0 && (weightSum == null || weightSum.compareTo(HUNDRED) != 0);
	}

}
