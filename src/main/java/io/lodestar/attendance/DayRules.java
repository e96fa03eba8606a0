package io.lodestar.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The attendance rules for one employee and day, pure: the first punch in the shift's window is the arrival,
 * the last the departure. Late and early leave count in full minutes once they exceed the grace (a 9-minute
 * late arrival with 5 minutes' grace is 9 minutes late); overtime counts after the shift's end once it reaches
 * the shift's minimum. On a rest day or holiday all time worked (less the break) is overtime.
 */
final class DayRules {

	/** Two punches closer than this are one punch pressed twice, not an arrival and a departure. */
	static final Duration SAME_PUNCH = Duration.ofMinutes(2);

	private DayRules() {
	}

	/**
	 * @param punches the employee's punches around the day, in any order; those outside the shift's window of
	 * this day are ignored
	 */
	static DayResult compute(LocalDate day, DayType type, Shift shift, List<LocalDateTime> punches) {
		LocalDateTime from = shift.windowFrom(day);
		LocalDateTime to = shift.windowTo(day);
		List<LocalDateTime> inWindow = punches.stream()
			.filter(punch -> !punch.isBefore(from) && punch.isBefore(to))
			.sorted()
			.toList();
		int count = inWindow.size();
		LocalDateTime first = count == 0 ? null : inWindow.get(0);
		LocalDateTime last = count == 0 ? null : inWindow.get(count - 1);
		boolean pair = count >= 2 && Duration.between(first, last).compareTo(SAME_PUNCH) >= 0;
		int worked = pair ? Math.max(0, minutes(first, last) - shift.breakMinutes()) : 0;
		if (type != DayType.WORKING) {
			DayStatus status = type == DayType.HOLIDAY ? DayStatus.HOLIDAY : DayStatus.REST;
			int overtime = worked >= shift.overtimeMinMinutes() ? worked : 0;
			return new DayResult(day, status, shift.id(), first, last, count, 0, 0, overtime, worked);
		}
		if (count == 0) {
			return new DayResult(day, DayStatus.ABSENT, shift.id(), null, null, 0, 0, 0, 0, 0);
		}
		if (!pair) {
			return new DayResult(day, DayStatus.MISSING_PUNCH, shift.id(), first, last, count, 0, 0, 0, 0);
		}
		int late = Math.max(0, minutes(shift.startOn(day), first));
		int early = Math.max(0, minutes(last, shift.endOn(day)));
		int after = Math.max(0, minutes(shift.endOn(day), last));
		return new DayResult(day, DayStatus.PRESENT, shift.id(), first, last, count,
				late > shift.lateGraceMinutes() ? late : 0, early > shift.earlyGraceMinutes() ? early : 0,
				after >= shift.overtimeMinMinutes() && after > 0 ? after : 0, worked);
	}

	/** Whole minutes from a to b (seconds dropped), negative when b is before a. */
	static int minutes(LocalDateTime a, LocalDateTime b) {
		return (int) Duration.between(a.withSecond(0).withNano(0), b.withSecond(0).withNano(0)).toMinutes();
	}

	/** The schedule's weekday flags (Monday first) and the company calendar decide the kind of day. */
	static DayType type(LocalDate day, String weekdays, String calendarKind) {
		if ("HOLIDAY".equals(calendarKind)) {
			return DayType.HOLIDAY;
		}
		if ("WORKDAY".equals(calendarKind)) {
			return DayType.WORKING;
		}
		return weekdays.charAt(day.getDayOfWeek().getValue() - 1) == '1' ? DayType.WORKING : DayType.REST;
	}

}
