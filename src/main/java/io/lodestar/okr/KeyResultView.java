package io.lodestar.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * A key result as its reader sees it: the version in force, its current value, progress (fraction), status,
 * confidence, weight (as entered, and normalised to the objective's 100 %), score at close and any revision
 * waiting for approval.
 */
public record KeyResultView(UUID id, int position, String title, KeyResultType type, Direction direction,
		BigDecimal start, BigDecimal target, String unit, BigDecimal current, boolean done, BigDecimal weight,
		BigDecimal normalisedWeight, BigDecimal progress, PaceStatus status, boolean statusSetByHand,
		Integer confidence, Instant lastCheckInAt, int versionNumber, Integer pendingRevision, BigDecimal score,
		String scoreReason) {

	public BigDecimal progressPercent() {
		return progress == null ? null : progress.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
	}

	public BigDecimal suggestedScore() {
		return KeyResultRules.suggestedScore(progress == null ? BigDecimal.ZERO : progress);
	}

}
