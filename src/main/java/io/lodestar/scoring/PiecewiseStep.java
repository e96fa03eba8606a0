package io.lodestar.scoring;

import java.math.BigDecimal;

/**
 * One row of a piecewise table: applies when the ratio is at least {@code from} (the steps are tried from the
 * highest {@code from} down). Either a fixed completion, or the ratio multiplied by {@code factor}.
 * Example (Tita): ratio ≥ 0.9 → 1.0; ≥ 0.8 → ratio × 0.8; ≥ 0.6 → 0.6; ≥ 0 → 0.
 *
 * @param from lower bound of the ratio, inclusive
 * @param fixed the completion in this step, or null when {@code factor} is used
 * @param factor multiplier of the ratio, or null when {@code fixed} is used
 */
public record PiecewiseStep(BigDecimal from, BigDecimal fixed, BigDecimal factor) {
}
