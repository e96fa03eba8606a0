package io.lodestar.attendance;

import java.time.Instant;
import java.util.UUID;

/** A command for a device: what it says, how far it got, and how often it was handed out. */
public record CommandView(UUID id, long number, String kind, String text, CommandState state, Integer returnCode,
		Instant queuedAt, Instant sentAt, Instant doneAt, int attempts, Instant failedAt) {
}
