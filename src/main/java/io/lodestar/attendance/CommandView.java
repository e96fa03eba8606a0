package io.lodestar.attendance;

import java.time.Instant;
import java.util.UUID;

/** A command for a device: what it says, and how far it got. */
public record CommandView(UUID id, long number, String kind, String text, CommandState state, Integer returnCode,
		Instant queuedAt, Instant sentAt, Instant doneAt) {
}
