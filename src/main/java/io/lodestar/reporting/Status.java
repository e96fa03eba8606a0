package io.lodestar.reporting;

import java.math.BigDecimal;

/**
 * The colour of a completion: at or above 100 % is on track, 80 % up to 100 % needs attention, below 80 % is off
 * track, and no data is grey.
 */
public enum Status {

	OK("ok"), WARN("warn"), BAD("bad"), NONE("");

	static final BigDecimal ON_TARGET = BigDecimal.ONE;

	static final BigDecimal ATTENTION = new BigDecimal("0.8");

	private final String css;

	Status(String css) {
		this.css = css;
	}

	public static Status of(BigDecimal completion) {
		if (completion == null) {
			return NONE;
		}
		if (completion.compareTo(ON_TARGET) >= 0) {
			return OK;
		}
		return completion.compareTo(ATTENTION) >= 0 ? WARN : BAD;
	}

	/** The badge class in {@code app.css}. */
	public String css() {
		return css;
	}

	public String messageKey() {
		return "reporting.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** A completion fraction as a percentage with one decimal, or null. */
	static BigDecimal percent(BigDecimal fraction) {
		return fraction == null ? null : fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
	}

}
