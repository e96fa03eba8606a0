package io.lodestar.reporting;

import java.math.BigDecimal;

/** Values as the dashboards write them: grouped thousands, no trailing zeros, rounded for reading ("5,000", "5.65"). */
final class Numbers {

	private Numbers() {
	}

	static String text(BigDecimal value) {
		if (value == null) {
			return null;
		}
		return io.lodestar.platform.web.DisplayNumbers.of(value);
	}

}
