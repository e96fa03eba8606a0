package io.lodestar.engagement;

import java.util.UUID;

/** A request for support on one of the caller's own goals (a KPI). */
public record NewSupportRequest(UUID goalId, String message) {
}
