package io.lodestar.goals;

import java.util.Set;
import java.util.UUID;

/**
 * Which goals to list. Null fields do not filter; {@code kinds} empty means all kinds.
 *
 * @param periodId goals of this period and of every period inside it
 */
public record GoalFilter(UUID periodId, OwnerType ownerType, UUID ownerId, Set<GoalKind> kinds,
		boolean includeArchived) {

	public static GoalFilter period(UUID periodId) {
		return new GoalFilter(periodId, null, null, Set.of(), false);
	}

}
