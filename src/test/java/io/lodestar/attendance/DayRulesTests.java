package io.lodestar.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The day rules on their own: grace, absence, missing punches, overtime, night shifts, the calendar. */
class DayRulesTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	/** 09:00–18:00, 5 minutes' grace either way, one hour's break, overtime from 30 minutes. */
	static final Shift DAY = new Shift(UUID.randomUUID(), "Day", LocalTime.of(9, 0), LocalTime.of(18, 0), 5, 5, 60, 30,
			120, 240);

	/** 22:00–06:00 the next morning. */
	static final Shift NIGHT = new Shift(UUID.randomUUID(), "Night", LocalTime.of(22, 0), LocalTime.of(6, 0), 5, 5, 30,
			30, 120, 240);

	private static LocalDateTime at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time));
	}

	private static DayResult working(Shift shift, LocalDate day, LocalDateTime... punches) {
		return DayRules.compute(day, DayType.WORKING, shift, List.of(punches));
	}

	@Test
	void arrivingWithinTheGraceIsOnTimeAndBeyondItCountsEveryMinuteLate() {
		DayResult withinGrace = working(DAY, MONDAY, at(MONDAY, "09:05:59"), at(MONDAY, "18:01"));
		assertThat(withinGrace.status()).isEqualTo(DayStatus.PRESENT);
		assertThat(withinGrace.lateMinutes()).isZero();
		assertThat(withinGrace.onTime()).isTrue();

		DayResult late = working(DAY, MONDAY, at(MONDAY, "09:06:10"), at(MONDAY, "18:00"));
		assertThat(late.lateMinutes()).isEqualTo(6);
		assertThat(late.onTime()).isFalse();
	}

	@Test
	void leavingBeforeTheEndBeyondTheGraceIsAnEarlyLeave() {
		assertThat(working(DAY, MONDAY, at(MONDAY, "08:55"), at(MONDAY, "17:56")).earlyMinutes()).isZero();
		DayResult early = working(DAY, MONDAY, at(MONDAY, "08:55"), at(MONDAY, "17:40"));
		assertThat(early.earlyMinutes()).isEqualTo(20);
		assertThat(early.workedMinutes()).isEqualTo(8 * 60 + 45 - 60);
	}

	@Test
	void noPunchOnAWorkingDayIsAnAbsenceAndOnePunchAMissingPunch() {
		assertThat(working(DAY, MONDAY).status()).isEqualTo(DayStatus.ABSENT);
		DayResult one = working(DAY, MONDAY, at(MONDAY, "08:58"));
		assertThat(one.status()).isEqualTo(DayStatus.MISSING_PUNCH);
		assertThat(one.punchCount()).isEqualTo(1);
		// pressing twice at the door is still one punch
		assertThat(working(DAY, MONDAY, at(MONDAY, "08:58:00"), at(MONDAY, "08:59:10")).status())
			.isEqualTo(DayStatus.MISSING_PUNCH);
		// a punch far outside the window belongs to no shift of this day
		assertThat(working(DAY, MONDAY, at(MONDAY, "03:00"), at(MONDAY.plusDays(1), "09:00")).status())
			.isEqualTo(DayStatus.ABSENT);
	}

	@Test
	void overtimeCountsAfterTheEndOnlyFromTheShiftsMinimum() {
		assertThat(working(DAY, MONDAY, at(MONDAY, "09:00"), at(MONDAY, "18:29")).overtimeMinutes()).isZero();
		assertThat(working(DAY, MONDAY, at(MONDAY, "09:00"), at(MONDAY, "19:45")).overtimeMinutes()).isEqualTo(105);
	}

	@Test
	void aNightShiftAcrossMidnightBelongsToTheDayItStarts() {
		LocalDate tuesday = MONDAY.plusDays(1);
		DayResult night = working(NIGHT, MONDAY, at(MONDAY, "22:03"), at(tuesday, "06:00"));
		assertThat(night.status()).isEqualTo(DayStatus.PRESENT);
		assertThat(night.day()).isEqualTo(MONDAY);
		assertThat(night.lateMinutes()).isZero();
		assertThat(night.workedMinutes()).isEqualTo(8 * 60 - 3 - 30);
		// Tuesday's night shift does not see Monday night's punches
		assertThat(working(NIGHT, tuesday, at(MONDAY, "22:03"), at(tuesday, "06:00")).status())
			.isEqualTo(DayStatus.ABSENT);
	}

	@Test
	void punchesAroundMidnightGoToTheRightShift() {
		LocalDate tuesday = MONDAY.plusDays(1);
		// 23:59 arrival and 00:01 the next day: both in Monday night's window, late by 119 minutes
		DayResult night = working(NIGHT, MONDAY, at(MONDAY, "23:59"), at(tuesday, "06:10"));
		assertThat(night.lateMinutes()).isEqualTo(119);
		DayResult leftAfterMidnight = working(NIGHT, MONDAY, at(MONDAY, "21:55"), at(tuesday, "00:01"));
		assertThat(leftAfterMidnight.earlyMinutes()).isEqualTo(6 * 60 - 1);
		// a day shift's window closes 240 minutes after 18:00: 21:50 is Monday's overtime, 00:30 nobody's
		DayResult late = working(DAY, MONDAY, at(MONDAY, "09:00"), at(MONDAY, "21:50"), at(tuesday, "00:30"));
		assertThat(late.lastPunch()).isEqualTo(at(MONDAY, "21:50"));
		assertThat(late.overtimeMinutes()).isEqualTo(3 * 60 + 50);
		assertThat(working(DAY, tuesday, at(tuesday, "00:30")).status()).isEqualTo(DayStatus.ABSENT);
	}

	@Test
	void workOnAPublicHolidayOrRestDayIsOvertimeAndNoPunchIsNoAbsence() {
		LocalDate nationalDay = LocalDate.of(2026, 10, 1);
		assertThat(DayRules.type(nationalDay, "1111100", "HOLIDAY")).isEqualTo(DayType.HOLIDAY);
		DayResult holiday = DayRules.compute(nationalDay, DayType.HOLIDAY, DAY, List.of(at(nationalDay, "10:00"),
				at(nationalDay, "15:00")));
		assertThat(holiday.status()).isEqualTo(DayStatus.HOLIDAY);
		assertThat(holiday.overtimeMinutes()).isEqualTo(4 * 60);
		assertThat(holiday.status().working()).isFalse();
		LocalDate saturday = LocalDate.of(2026, 3, 7);
		assertThat(DayRules.type(saturday, "1111100", null)).isEqualTo(DayType.REST);
		assertThat(DayRules.compute(saturday, DayType.REST, DAY, List.of()).status()).isEqualTo(DayStatus.REST);
	}

	@Test
	void aMakeUpWorkingDayOnAWeekendIsAWorkingDay() {
		LocalDate makeUpSaturday = LocalDate.of(2026, 2, 14); // 春节调休上班
		assertThat(makeUpSaturday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
		assertThat(DayRules.type(makeUpSaturday, "1111100", "WORKDAY")).isEqualTo(DayType.WORKING);
		assertThat(DayRules.compute(makeUpSaturday, DayType.WORKING, DAY, List.of()).status())
			.isEqualTo(DayStatus.ABSENT);
	}

	@Test
	void theOfficial2026ListHasTheSpringFestivalNationalDayAndTheMakeUpWeekendDays() {
		List<CalendarDay> days = WorkCalendar.official(2026);
		assertThat(days).filteredOn(day -> day.name().equals("春节")).hasSize(9);
		assertThat(days).filteredOn(day -> day.name().equals("国庆节")).hasSize(7);
		assertThat(days).filteredOn(day -> day.kind().equals("WORKDAY")).extracting(CalendarDay::day)
			.containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
					LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10))
			.allMatch(day -> day.getDayOfWeek().getValue() >= 6);
	}

	@Test
	void pinsMatchEmployeeNumbersExactlyOrIgnoringLeadingZeros() {
		assertThat(PinMatch.EXACT.candidates("0123")).containsExactly("0123");
		assertThat(PinMatch.IGNORE_ZEROS.candidates("0123")).startsWith("123", "0123", "00123").hasSize(22);
		assertThat(PinMatch.strip("000")).isEqualTo("0");
	}

}
