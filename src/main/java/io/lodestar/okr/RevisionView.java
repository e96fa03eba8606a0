package io.lodestar.okr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a key result: what it measured, from when, why it changed and who decided. */
public record RevisionView(int number, String title, KeyResultType type, Direction direction, BigDecimal start,
		BigDecimal target, String unit, BigDecimal lastValue, BigDecimal progress, String state,
		LocalDate effectiveFrom, String reason, Instant proposedAt, Instant decidedAt, String decisionNote) {
}
