package io.lodestar.appraisal;

import java.math.BigDecimal;

/**
 * The 9-box: performance (the final score) across, potential up, each cut in three by two thresholds: below the
 * first is low, from the first to below the second is medium, from the second up is high. Box 1 is low/low,
 * box 9 high/high; row and column are 0-2.
 */
public record NineBox(BigDecimal performanceMedium, BigDecimal performanceHigh, BigDecimal potentialMedium,
		BigDecimal potentialHigh) {

	public NineBox {
		if (performanceMedium.compareTo(performanceHigh) >= 0 || potentialMedium.compareTo(potentialHigh) >= 0) {
			throw new IllegalArgumentException("each axis needs its medium threshold below its high threshold");
		}
	}

	public Box place(BigDecimal performance, BigDecimal potential) {
		int column = level(performance, performanceMedium, performanceHigh);
		int row = level(potential, potentialMedium, potentialHigh);
		return new Box(row, column, row * 3 + column + 1);
	}

	private static int level(BigDecimal value, BigDecimal medium, BigDecimal high) {
		if (value.compareTo(high) >= 0) {
			return 2;
		}
		return value.compareTo(medium) >= 0 ? 1 : 0;
	}

	/** Row = potential 0-2, column = performance 0-2, number 1-9. */
	public record Box(int row, int column, int number) {
	}

}
