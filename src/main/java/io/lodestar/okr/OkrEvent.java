package io.lodestar.okr;

import java.time.Instant;
import java.util.UUID;

/** One entry of an objective's history (submitted, approved, returned, revised, scored…). */
public record OkrEvent(String event, UUID keyResultId, String keyResultTitle, String fromState, String toState,
		String reason, String actorName, Instant at) {
}
