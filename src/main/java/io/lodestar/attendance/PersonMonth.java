package io.lodestar.attendance;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** One person's month: the totals and every computed day. */
public record PersonMonth(UUID employeeId, String employeeNo, String name, YearMonth month, MonthSummary summary,
		List<DayResult> days) {
}
