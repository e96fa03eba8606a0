package io.lodestar.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;

/**
 * An objective with its key results, as one reader may see and act on it.
 *
 * @param weightSum the key results' weights as entered; anything but 100 is shown as a warning and blocks submit
 * @param parentId the goal it contributes to (an objective, key result, KPI or strategic goal), or null
 */
public record ObjectiveView(UUID id, UUID cycleId, String title, String why, OwnerType ownerType, UUID ownerId,
		String ownerName, GoalVisibility visibility, ReviewState reviewState, PaceStatus status, BigDecimal progress,
		boolean includeChildObjectives, UUID parentId, String parentTitle, BigDecimal weightSum,
		List<KeyResultView> keyResults, String wentWell, String wentBadly, String reasons, CarryOver carryOver,
		UUID carriedFromId, Long version, Permissions can) {

	public BigDecimal progressPercent() {
		return progress == null ? null : progress.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
	}

	public boolean weightsComplete() {
		return weightSum.compareTo(Objectives.HUNDRED) == 0;
	}

	/**
	 * The key results' final scores weighted like their progress (Σ weight × score / Σ weight over the scored
	 * ones), to two decimals; null before any is scored.
	 */
	public BigDecimal score() {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (KeyResultView kr : keyResults) {
			if (kr.score() != null) {
				BigDecimal weight = kr.weight() == null || kr.weight().signum() == 0 ? BigDecimal.ONE : kr.weight();
				weighted = weighted.add(weight.multiply(kr.score()));
				weights = weights.add(weight);
			}
		}
		return weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
	}

	/**
	 * What the reader may do with it now.
	 *
	 * @param decideRevisions approve or decline proposed changes of its key results (the reviewer, once approved)
	 */
	public record Permissions(boolean edit, boolean submit, boolean review, boolean checkIn, boolean comment,
			boolean suggest, boolean revise, boolean score, boolean align, boolean decideRevisions) {
	}

}
