package io.lodestar.attendance;

import java.time.LocalDate;
import java.util.UUID;

/** A schedule as HR sees it: for a unit or an employee. */
public record ScheduleView(UUID id, UUID shiftId, String shiftName, UUID orgUnitId, String orgUnitName,
		UUID employeeId, String employeeName, String weekdays, LocalDate effectiveFrom) {
}
