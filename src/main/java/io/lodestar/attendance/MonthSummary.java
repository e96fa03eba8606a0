package io.lodestar.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A month of attendance for a person or an org unit (the sum over its people). Punctuality is on-time days over
 * working days in %, one decimal, half up; {@code null} without working days.
 */
public record MonthSummary(UUID id, String name, int workingDays, int daysWorked, int onTimeDays, int lateCount,
		int lateMinutes, int earlyLeaves, int earlyMinutes, int absences, int missingPunches, int overtimeMinutes,
		int computedDays) {

	static MonthSummary empty(UUID id, String name) {
		return new MonthSummary(id, name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	MonthSummary plus(MonthSummary other) {
		return new MonthSummary(id, name, workingDays + other.workingDays, daysWorked + other.daysWorked,
				onTimeDays + other.onTimeDays, lateCount + other.lateCount, lateMinutes + other.lateMinutes,
				earlyLeaves + other.earlyLeaves, earlyMinutes + other.earlyMinutes, absences + other.absences,
				missingPunches + other.missingPunches, overtimeMinutes + other.overtimeMinutes,
				computedDays + other.computedDays);
	}

	MonthSummary named(UUID newId, String newName) {
		return new MonthSummary(newId, newName, workingDays, daysWorked, onTimeDays, lateCount, lateMinutes,
				earlyLeaves, earlyMinutes, absences, missingPunches, overtimeMinutes, computedDays);
	}

	@com.fasterxml.jackson.annotation.JsonProperty
	public BigDecimal overtimeHours() {
		return BigDecimal.valueOf(overtimeMinutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

	@com.fasterxml.jackson.annotation.JsonProperty
	public BigDecimal punctualityRate() {
		return workingDays == 0 ? null
				: BigDecimal.valueOf(onTimeDays * 100L).divide(BigDecimal.valueOf(workingDays), 1, RoundingMode.HALF_UP);
	}

}
