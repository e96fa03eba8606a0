package io.lodestar.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a KPI can take from attendance, for a month of its owner. */
public enum AttendanceMeasure {

	/** On-time days / working days, in % (2 decimals); no value without working days. */
	PUNCTUALITY_RATE,
	ABSENCE_DAYS,
	LATE_COUNT,
	/** Overtime minutes / 60, 2 decimals, half up. */
	OVERTIME_HOURS,
	MISSING_PUNCHES;

	BigDecimal of(MonthSummary month) {
		return switch (this) {
			case PUNCTUALITY_RATE -> month.workingDays() == 0 ? null
					: BigDecimal.valueOf(month.onTimeDays() * 100L).divide(BigDecimal.valueOf(month.workingDays()), 2,
							RoundingMode.HALF_UP);
			case ABSENCE_DAYS -> BigDecimal.valueOf(month.absences());
			case LATE_COUNT -> BigDecimal.valueOf(month.lateCount());
			case OVERTIME_HOURS -> month.overtimeHours();
			case MISSING_PUNCHES -> BigDecimal.valueOf(month.missingPunches());
		};
	}

}
