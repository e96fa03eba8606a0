package io.lodestar.integration;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * When a connector runs by itself, in the company's time zone. DAILY, WEEKLY and MONTHLY run at a full hour;
 * WEEKLY on a weekday (1 = Monday), MONTHLY on a day of the month from 1 to 28 (every month has it).
 */
public enum Schedule {

	MANUAL, HOURLY, DAILY, WEEKLY, MONTHLY;

	/**
	 * The first time strictly after {@code after} at which the connector is due, or {@code null} for MANUAL.
	 * Missing settings fall back to 00:00, Monday, the 1st.
	 */
	public Instant next(Instant after, ZoneId zone, Integer hour, Integer weekday, Integer dayOfMonth) {
		ZonedDateTime now = after.atZone(zone);
		int atHour = hour == null ? 0 : hour;
		ZonedDateTime candidate = switch (this) {
			case MANUAL -> null;
			case HOURLY -> now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
			case DAILY -> {
				ZonedDateTime today = now.truncatedTo(ChronoUnit.DAYS).withHour(atHour);
				yield today.isAfter(now) ? today : today.plusDays(1);
			}
			case WEEKLY -> {
				DayOfWeek day = DayOfWeek.of(weekday == null ? 1 : weekday);
				ZonedDateTime thisWeek = now.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.nextOrSame(day))
					.withHour(atHour);
				yield thisWeek.isAfter(now) ? thisWeek : thisWeek.plusWeeks(1);
			}
			case MONTHLY -> {
				int day = dayOfMonth == null ? 1 : dayOfMonth;
				ZonedDateTime thisMonth = now.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(day).withHour(atHour);
				yield thisMonth.isAfter(now) ? thisMonth : thisMonth.plusMonths(1);
			}
		};
		return candidate == null ? null : candidate.toInstant();
	}

}
