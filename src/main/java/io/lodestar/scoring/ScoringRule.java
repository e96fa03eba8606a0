package io.lodestar.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything that decides a KPI's completion. Fields a method does not use are ignored (and may be null).
 *
 * <p>Valid combinations (anything else is refused by {@link Scoring#validate(ScoringRule)}):
 * <ul>
 * <li>INCREASE, DECREASE: RATIO, PROGRESS (needs a baseline different from the target, on the correct side:
 * below the target for INCREASE, above it for DECREASE), PIECEWISE (needs steps);
 * <li>AT_LEAST, AT_MOST: THRESHOLD (uses {@code inclusive}), RATIO, PIECEWISE;
 * <li>RANGE: BAND (needs rangeLow ≤ rangeHigh, tolerance ≥ 0), THRESHOLD (inside the range or not);
 * <li>DONE: BINARY.
 * </ul>
 * RATIO, PIECEWISE and the AT_LEAST/AT_MOST THRESHOLD need a target; a stretch, when given, must be beyond the
 * target in the good direction; the cap cannot be below the floor. The formulas: {@code docs/scoring.md}.
 *
 * @param target the value to reach (per measurement period); not used by RANGE and DONE
 * @param stretch optional ambition beyond the target (shown, and the 0.7/1.0 reference for OKR-style scoring)
 * @param inclusive for THRESHOLD: whether reaching the target exactly counts as met (≥ / ≤) or not (> / <)
 * @param tolerance for BAND: how far outside the range the completion falls from 1 to 0 (absolute units)
 * @param cap the highest completion allowed (e.g. 1.2 = 120 %), null for no cap
 * @param floor the lowest completion allowed (e.g. 0), null for no floor
 */
public record ScoringRule(Direction direction, ScoringMethod method, BigDecimal baseline, BigDecimal target,
		BigDecimal stretch, BigDecimal rangeLow, BigDecimal rangeHigh, boolean inclusive, BigDecimal tolerance,
		List<PiecewiseStep> steps, BigDecimal cap, BigDecimal floor) {

	public ScoringRule {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

}
