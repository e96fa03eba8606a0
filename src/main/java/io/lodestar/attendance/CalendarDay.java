package io.lodestar.attendance;

import java.time.LocalDate;

/** A public holiday (HOLIDAY) or a make-up working day (WORKDAY, 调休上班日) of the company. */
public record CalendarDay(LocalDate day, String kind, String name) {
}
