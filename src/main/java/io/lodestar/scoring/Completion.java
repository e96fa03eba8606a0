package io.lodestar.scoring;

import java.math.BigDecimal;

/**
 * A scored actual: the completion after cap and floor, the raw one before, and how it was computed.
 *
 * @param value completion after cap and floor (1 = 100 %), never null
 * @param raw completion before cap and floor
 * @param explanation the formula and inputs, for "explain this number"
 */
public record Completion(BigDecimal value, BigDecimal raw, Explanation explanation) {
}
