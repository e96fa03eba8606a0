package io.lodestar.engagement;

import java.time.Instant;
import java.util.UUID;

/** One message of a thread, plain text exactly as written (escape it on output). */
public record MessageView(UUID id, int sequence, UUID authorEmployeeId, String authorName, String body,
		Instant createdAt) {
}
