package io.lodestar.goals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A fiscal period as other modules and pages see it.
 *
 * @param fiscalYear the calendar year in which the fiscal year starts
 * @param sequence 1-based position within the fiscal year (quarter 1..4, month 1..12)
 * @param endsOn inclusive
 */
public record Period(UUID id, PeriodKind kind, int fiscalYear, int sequence, LocalDate startsOn, LocalDate endsOn,
		boolean locked, String lockReason) {

	public boolean contains(LocalDate date) {
		return !date.isBefore(startsOn) && !date.isAfter(endsOn);
	}

	public boolean contains(Period other) {
		return !other.startsOn.isBefore(startsOn) && !other.endsOn.isAfter(endsOn);
	}

	/** Message key and arguments for the label, e.g. "2026年第一季度" / "2026 Q1". */
	public String labelKey() {
		// whether the fiscal year (not this period) starts in January: Q2 of a calendar year is "2026 Q2", not "FY2026 Q2"
		boolean calendarYear = kind == PeriodKind.MONTH
				|| startsOn.minusMonths((long) (sequence - 1) * kind.months()).getMonthValue() == 1;
		return "goals.period.label." + kind.name().toLowerCase() + (calendarYear ? "" : ".fiscal");
	}

	public Object[] labelArguments() {
		if (kind == PeriodKind.MONTH) {
			YearMonth month = YearMonth.from(startsOn);
			return new Object[] { String.valueOf(month.getYear()), month.getMonthValue(), fiscalYear, sequence };
		}
		return new Object[] { String.valueOf(fiscalYear), sequence };
	}

}
