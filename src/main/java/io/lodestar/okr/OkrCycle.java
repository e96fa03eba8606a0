package io.lodestar.okr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An OKR cycle. Drafting runs to {@code draftingEndsOn}, closing starts on {@code closingStartsOn}; check-ins
 * are due every {@code checkInDays}; a key result is at risk within {@code atRiskMargin} below the expected
 * pace; key-result progress is capped at {@code progressCap} (null: no cap).
 */
public record OkrCycle(UUID id, String name, Cadence cadence, LocalDate startsOn, LocalDate endsOn,
		LocalDate draftingEndsOn, LocalDate closingStartsOn, UUID periodId, CyclePhase phase, int checkInDays,
		BigDecimal atRiskMargin, BigDecimal progressCap, Long version) {

	public boolean isClosed() {
		return phase == CyclePhase.CLOSED;
	}

	/** Whether objectives may still be drafted and key results edited before approval. */
	public boolean acceptsDrafts() {
		return phase == CyclePhase.DRAFTING || phase == CyclePhase.ACTIVE;
	}

	/** Whether check-ins are taken (closing included: the last week's numbers arrive late). */
	public boolean acceptsCheckIns() {
		return phase == CyclePhase.ACTIVE || phase == CyclePhase.CLOSING;
	}

	/** The date check-ins are measured against: today, but never after the cycle's end. */
	public LocalDate clampToCycle(LocalDate date) {
		if (date.isBefore(startsOn)) {
			return startsOn;
		}
		return date.isAfter(endsOn) ? endsOn : date;
	}

}
