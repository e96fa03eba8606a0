package io.lodestar.goals;

import java.util.UUID;

/** The facts other modules need to check a goal in bulk: who owns it, when, and its state. */
public record GoalRef(UUID id, GoalKind kind, String title, OwnerType ownerType, UUID ownerId, UUID periodId,
		UUID parentId, GoalStatus status, GoalVisibility visibility) {
}
