package io.lodestar.reporting;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;

/**
 * Turns the selector's {@code year} and {@code period} parameters into a {@link DashboardPeriod}; missing or
 * unknown values fall back to the current fiscal year. Deliberately outside any read-only transaction: the
 * calendar creates a fiscal year's periods the first time it is asked for.
 */
@Component
public class DashboardPeriods {

	private final PeriodCalendar calendar;

	DashboardPeriods(PeriodCalendar calendar) {
		this.calendar = calendar;
	}

	public DashboardPeriod resolve(UUID tenant, Integer fiscalYear, String code) {
		int current = calendar.fiscalYearOf(tenant, calendar.today(tenant));
		int year = fiscalYear == null || fiscalYear < current - DashboardPeriod.YEARS_BACK
				|| fiscalYear > current + DashboardPeriod.YEARS_AHEAD ? current : fiscalYear;
		List<Period> periods = calendar.year(tenant, year);
		Period selected = periods.stream()
			.filter(period -> code != null && DashboardPeriod.codeOf(period).equalsIgnoreCase(code.strip()))
			.findFirst()
			.orElse(periods.get(0));
		return new DashboardPeriod(year, selected, periods, current);
	}

}
