package io.lodestar.kpi.web;

import java.math.BigDecimal;

import io.lodestar.kpi.KpiConfig;
import io.lodestar.scoring.Direction;

/** Numbers of KPI configurations as pages show them: plain decimals, ranges as "low – high". */
final class Texts {

	private Texts() {
	}

	static String plain(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

	/** The target a page shows: the range for RANGE, nothing for done/not done, else the target. */
	static String target(KpiConfig config) {
		if (config.direction() == Direction.RANGE) {
			return plain(config.rangeLow()) + " – " + plain(config.rangeHigh());
		}
		if (config.direction() == Direction.DONE) {
			return "1";
		}
		return plain(config.target());
	}

}
