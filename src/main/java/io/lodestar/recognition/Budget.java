package io.lodestar.recognition;

import java.math.BigDecimal;
import java.util.UUID;

/** A manager's award budget for a fiscal year (amounts in {@link #currency}). */
public record Budget(UUID id, UUID managerId, String managerName, int fiscalYear, BigDecimal allocated,
		BigDecimal used, String currency) {

	public BigDecimal remaining() {
		return Money.remaining(allocated, used);
	}

}
