package io.lodestar.attendance;

import java.time.Instant;

/** A PIN that punched but matches no employee: what HR needs to map it. */
public record UnmappedPin(String pin, String deviceUserName, long punchCount, Instant firstSeen, Instant lastSeen) {
}
