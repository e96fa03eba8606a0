package io.lodestar.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** An employee's computed day; punch times are the device-local wall-clock times. */
public record DayResult(LocalDate day, DayStatus status, UUID shiftId, LocalDateTime firstPunch,
		LocalDateTime lastPunch, int punchCount, int lateMinutes, int earlyMinutes, int overtimeMinutes,
		int workedMinutes) {

	/** Present, not late and not leaving early (the numerator of the punctuality rate). */
	public boolean onTime() {
		return status == DayStatus.PRESENT && lateMinutes == 0 && earlyMinutes == 0;
	}

}
