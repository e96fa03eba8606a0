package io.lodestar.attendance;

import java.time.LocalDateTime;

/**
 * One punch pushed by another system: the PIN, the wall-clock time where it happened, and either that place's UTC
 * offset or its time zone (neither: the company's time zone). Codes as devices use them (state 0 in, 1 out, 255
 * none; verify 1 fingerprint, 15 face...). The source reference is the sender's own, kept for HR.
 */
public record PunchItem(String pin, LocalDateTime localTime, String utcOffset, String timeZone, Integer status,
		Integer verify, String workCode, String sourceRef) {
}
