package io.lodestar.attendance;

import java.time.Instant;

/** A line a device sent that was kept aside, with the reason (a message key suffix). */
public record SetAsideView(String table, String reason, String line, Instant receivedAt) {
}
