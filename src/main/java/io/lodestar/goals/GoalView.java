package io.lodestar.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A goal as a caller may see it.
 *
 * @param ownerName the org unit's or employee's name, or the company's name
 * @param progress completion as a fraction (1 = 100 %), null before any data
 * @param manageable whether the caller may change this goal (and its KPI and targets)
 */
public record GoalView(UUID id, GoalKind kind, String title, String description, OwnerType ownerType, UUID ownerId,
		String ownerName, Period period, UUID parentId, BigDecimal weight, ProgressDriver progressDriver,
		BigDecimal progress, Instant progressAt, GoalStatus status, GoalVisibility visibility, Long version,
		boolean manageable) {

	/** Progress in percent for display, or null. */
	public BigDecimal progressPercent() {
		return progress == null ? null : progress.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
	}

}
