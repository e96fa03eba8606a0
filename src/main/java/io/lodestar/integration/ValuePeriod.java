package io.lodestar.integration;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which month the values of a run belong to, when the query does not return a date. A value stands for the
 * whole month and is recorded on the month's first day, so every run in the month refers to the same actual
 * (unchanged numbers change nothing; changed numbers correct it).
 */
public enum ValuePeriod {

	/** The month the run happens in (the default). */
	CURRENT_MONTH,

	/** The month before the run, for systems that close a month after it ends. */
	PREVIOUS_MONTH,

	/** One fixed month. */
	FIXED_MONTH;

	/** The date values are recorded on. */
	public LocalDate measuredOn(LocalDate today, YearMonth fixedMonth) {
		return switch (this) {
			case CURRENT_MONTH -> today.withDayOfMonth(1);
			case PREVIOUS_MONTH -> today.withDayOfMonth(1).minusMonths(1);
			case FIXED_MONTH -> fixedMonth.atDay(1);
		};
	}

}
