package io.lodestar.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A shift in the wall-clock time of the place where it is worked. An end at or before the start means the shift
 * ends the next day (22:00–06:00); such a night shift belongs to the day it starts. A punch belongs to the shift
 * of a day when it falls in [start − windowBefore, end + windowAfter).
 */
public record Shift(UUID id, String name, LocalTime start, LocalTime end, int lateGraceMinutes,
		int earlyGraceMinutes, int breakMinutes, int overtimeMinMinutes, int windowBeforeMinutes,
		int windowAfterMinutes) {

	public boolean crossesMidnight() {
		return !end.isAfter(start);
	}

	public int lengthMinutes() {
		long minutes = Duration.between(start, end).toMinutes();
		return (int) (crossesMidnight() ? minutes + 24 * 60 : minutes);
	}

	LocalDateTime startOn(LocalDate day) {
		return day.atTime(start);
	}

	LocalDateTime endOn(LocalDate day) {
		return (crossesMidnight() ? day.plusDays(1) : day).atTime(end);
	}

	LocalDateTime windowFrom(LocalDate day) {
		return startOn(day).minusMinutes(windowBeforeMinutes);
	}

	LocalDateTime windowTo(LocalDate day) {
		return endOn(day).plusMinutes(windowAfterMinutes);
	}

}
