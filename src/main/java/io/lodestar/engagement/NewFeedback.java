package io.lodestar.engagement;

import java.util.UUID;

/**
 * Feedback on a person, or on one of their goals (then {@code employeeId} may be left out: it is the goal's
 * owner).
 */
public record NewFeedback(UUID employeeId, UUID goalId, String message) {
}
