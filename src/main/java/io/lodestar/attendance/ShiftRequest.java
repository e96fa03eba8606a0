package io.lodestar.attendance;

import java.time.LocalTime;

/** A new shift; minutes are whole minutes, windows say how long before the start and after the end punches count. */
public record ShiftRequest(String name, LocalTime start, LocalTime end, Integer lateGraceMinutes,
		Integer earlyGraceMinutes, Integer breakMinutes, Integer overtimeMinMinutes, Integer windowBeforeMinutes,
		Integer windowAfterMinutes) {
}
