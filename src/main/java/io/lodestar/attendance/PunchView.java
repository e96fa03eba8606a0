package io.lodestar.attendance;

import java.time.Instant;
import java.time.LocalDateTime;

/** A stored punch: the device-local time exactly as sent, with the device's offset when it arrived. */
public record PunchView(String pin, LocalDateTime localTime, String utcOffset, Instant punchedAt, Integer status,
		Integer verify, Instant receivedAt) {
}
