package io.lodestar.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Values as the dashboards write them: grouped thousands, no trailing zeros ("5,000", "4.5"). */
final class Numbers {

	private Numbers() {
	}

	static String text(BigDecimal value) {
		if (value == null) {
			return null;
		}
		DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		return format.format(value);
	}

}
