package io.lodestar.platform.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers are shown to people (never how they are stored or computed): thousands grouped, no trailing
 * zeros, and computed values such as a month's average rounded to what a reader can use — two decimals from 1
 * upwards, four significant digits below 1 (a defect rate of 0.003125 stays readable). Explanations show the
 * exact values instead.
 */
public final class DisplayNumbers {

	private DisplayNumbers() {
	}

	public static String of(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal rounded = value.abs().compareTo(BigDecimal.ONE) >= 0 ? value.setScale(2, RoundingMode.HALF_UP)
				: value.round(new MathContext(4, RoundingMode.HALF_UP));
		DecimalFormat format = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		return format.format(rounded);
	}

}
