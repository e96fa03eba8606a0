package io.lodestar.attendance;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** An org unit's month: its totals (everyone in it and below), each direct sub-unit's, and each person's. */
public record UnitMonth(UUID unitId, String name, YearMonth month, MonthSummary summary, List<MonthSummary> subUnits,
		List<MonthSummary> people) {
}
