package io.lodestar.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One check-in as recorded. */
public record CheckInView(UUID id, UUID keyResultId, int versionNumber, LocalDate checkedOn, BigDecimal value,
		boolean done, BigDecimal progress, int confidence, PaceStatus status, String narrative, String helpNeeded,
		String source, String sourceRef, String authorName, Instant at) {

	public BigDecimal progressPercent() {
		return progress.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
	}

}
