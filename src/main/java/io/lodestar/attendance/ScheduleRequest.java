package io.lodestar.attendance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A shift for an org unit (and everything below it) or one employee (by employee number), from a date on.
 *
 * @param weekdays seven characters, Monday first, {@code 1} = working day, e.g. {@code 1111100}
 */
public record ScheduleRequest(UUID shiftId, UUID orgUnitId, String employeeNo, String weekdays,
		LocalDate effectiveFrom) {
}
