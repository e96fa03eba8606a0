package io.lodestar.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exact arithmetic and the way numbers are written in explanations. Divisions use {@link MathContext#DECIMAL128}
 * (34 significant digits) so that only the final result is rounded, once, to {@link Scoring#SCALE} decimals.
 */
final class Maths {

	static final MathContext CONTEXT = MathContext.DECIMAL128;

	static final BigDecimal TWO = BigDecimal.valueOf(2);

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The minus sign of explanations (U+2212), the same sign as the operator. */
	static final String MINUS = "\u2212";

	private Maths() {
	}

	/** Precision whose quotients still fit in a {@code long}: BigDecimal's fast path. */
	private static final MathContext QUICK = new MathContext(18);

	/**
	 * {@code dividend / divisor} in {@link #CONTEXT}. Most divisions of scoring come out exact (80 / 100, a sum of
	 * 12 / 12), and for those DECIMAL128 computes 34 digits and then strips the zeros one BigInteger division at a
	 * time: a third of the CPU of computing 50,000 KPIs' results. An exact quotient found at long precision, with
	 * at least the preferred scale, is the very number (value and scale) DECIMAL128 returns, so it is used as is.
	 */
	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		BigDecimal quick = dividend.divide(divisor, QUICK);
		long preferredScale = (long) dividend.scale() - divisor.scale();
		if (quick.scale() >= preferredScale && quick.multiply(divisor).compareTo(dividend) == 0) {
			return quick;
		}
		return dividend.divide(divisor, CONTEXT);
	}

	/** Rounds a completion once, at the end. */
	static BigDecimal round(BigDecimal value) {
		return value.setScale(Scoring.SCALE, Scoring.ROUNDING);
	}

	/** A number as written in an explanation: no trailing zeros, no exponent, "−" for negatives. */
	static String text(BigDecimal value) {
		String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
		return plain.startsWith("-") ? MINUS + plain.substring(1) : plain;
	}

	/** A number as an operand after an operator: negatives in parentheses, e.g. "5 − (−3)". */
	static String operand(BigDecimal value) {
		return value.signum() < 0 ? "(" + text(value) + ")" : text(value);
	}

	/** A result as shown after "=": rounded to the given number of decimals, then written as {@link #text}. */
	static String result(BigDecimal value, int scale) {
		return text(value.setScale(scale, Scoring.ROUNDING));
	}

}
