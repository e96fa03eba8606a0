package io.lodestar.integration;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import io.lodestar.goals.Period;

/**
 * A connector as HR administrators see it: everything but the password, of which only whether one is stored.
 *
 * @param target what it feeds, for display: the KPI's title, or the library definition's name
 * @param nextRunAt when the scheduler runs it next; null when manual or disabled
 * @param runningSince set while a run is in progress
 * @param lastRun the latest run, or null
 */
public record ConnectorView(UUID id, String name, String jdbcUrl, String username, boolean passwordSet,
		String query, ConnectorMode mode, UUID kpiId, UUID definitionId, UUID kpiPeriodId, Period kpiPeriod, String target,
		ValuePeriod valuePeriod, YearMonth fixedMonth, Schedule schedule, Integer hour, Integer weekday,
		Integer dayOfMonth, boolean enabled, Instant nextRunAt, Instant runningSince, RunView lastRun, Long version) {

	/** Arguments of the schedule's message: hour, weekday (1 = Monday), day of the month. */
	public Object[] scheduleArguments() {
		return new Object[] { hour == null ? 0 : hour, weekday == null ? 1 : weekday, dayOfMonth == null ? 1 : dayOfMonth };
	}

}
