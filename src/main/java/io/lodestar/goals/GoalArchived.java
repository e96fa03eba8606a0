package io.lodestar.goals;

import java.util.UUID;

/**
 * A goal was archived or restored: it leaves or rejoins lists, progress and scorecards. Listeners run in the
 * same transaction (the reporting module recounts its owner's scores).
 */
public record GoalArchived(UUID tenantId, UUID goalId, boolean archived) {
}
