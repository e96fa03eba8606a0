package io.lodestar.kpi.web;

import java.math.BigDecimal;

/**
 * Numbers as clients expect them: 3.5 rather than the stored 3.500000, 100 rather than 1E+2. The value is
 * unchanged; only trailing zeros go.
 */
final class Decimals {

	private Decimals() {
	}

	static BigDecimal clean(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
