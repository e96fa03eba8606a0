package io.lodestar.scoring;

import static io.lodestar.scoring.Maths.MINUS;
import static io.lodestar.scoring.Maths.operand;
import static io.lodestar.scoring.Maths.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * Actual relative to target, for RATIO and as the input of PIECEWISE. The plain ratios are a ÷ t (higher is
 * better) and t ÷ a (lower is better); zero and negative targets, and a lower-is-better actual at or below zero,
 * have their own rules so that the actual equal to the target always gives exactly 1, better gives more and worse
 * gives less. See docs/scoring.md.
 */
final class Ratios {

	private Ratios() {
	}

	/**
	 * An unrounded ratio with the formula that produced it.
	 *
	 * @param value the ratio, not rounded
	 * @param formulaKey message key of the formula
	 * @param left the substituted arithmetic, without the result
	 * @param implies whether the result follows from a condition ("⇒") rather than from arithmetic ("=")
	 * @param notes remarks on the special rule used, if any
	 */
	record Ratio(BigDecimal value, String formulaKey, String left, boolean implies, List<Explanation.Note> notes) {

		/** The arithmetic with its result rounded to {@code scale} decimals, e.g. "85 ÷ 100 = 0.85". */
		String expression(int scale) {
			return left + (implies ? " ⇒ " : " = ") + Maths.result(value, scale);
		}

	}

	static Ratio of(ScoringRule rule, BigDecimal actual) {
		return RuleValidator.higherIsBetter(rule.direction()) ? higherIsBetter(rule.target(), actual)
				: lowerIsBetter(rule.target(), actual, rule.cap());
	}

	private static Ratio higherIsBetter(BigDecimal target, BigDecimal actual) {
		int sign = target.signum();
		if (sign > 0) {
			return new Ratio(Maths.divide(actual, target), "scoring.formula.ratio",
					text(actual) + " ÷ " + text(target), false, List.of());
		}
		if (sign == 0) {
			// nothing to divide by: every unit above zero adds 100 %, every unit below takes 100 % away
			return new Ratio(BigDecimal.ONE.add(actual), "scoring.formula.ratio-zero-target", "1 + " + operand(actual),
					false, List.of(note("scoring.note.zero-target")));
		}
		// t < 0: each |t| above the target adds 100 %, e.g. t = −100, a = −50 gives 1.5
		BigDecimal magnitude = target.negate();
		return new Ratio(BigDecimal.ONE.add(Maths.divide(actual.subtract(target), magnitude)),
				"scoring.formula.ratio-negative-target",
				"1 + (" + text(actual) + " " + MINUS + " " + operand(target) + ") ÷ " + text(magnitude), false,
				List.of());
	}

	private static Ratio lowerIsBetter(BigDecimal target, BigDecimal actual, BigDecimal cap) {
		int sign = target.signum();
		if (sign > 0 && actual.signum() > 0) {
			return new Ratio(Maths.divide(target, actual), "scoring.formula.ratio-inverse",
					text(target) + " ÷ " + text(actual), false, List.of());
		}
		if (sign > 0) {
			// t ÷ a grows without limit as a falls to 0: zero defects is the best result there is
			BigDecimal best = cap != null ? cap : Maths.TWO;
			List<Explanation.Note> notes = cap != null ? List.of() : List.of(note("scoring.note.perfect-without-cap"));
			return new Ratio(best, "scoring.formula.ratio-perfect", text(actual) + " ≤ 0", true, notes);
		}
		if (sign == 0) {
			return new Ratio(BigDecimal.ONE.subtract(actual), "scoring.formula.ratio-zero-target-inverse",
					"1 " + MINUS + " " + operand(actual), false, List.of(note("scoring.note.zero-target")));
		}
		// t < 0: each |t| below the target adds 100 %
		BigDecimal magnitude = target.negate();
		return new Ratio(BigDecimal.ONE.add(Maths.divide(target.subtract(actual), magnitude)),
				"scoring.formula.ratio-negative-target-inverse",
				"1 + (" + text(target) + " " + MINUS + " " + operand(actual) + ") ÷ " + text(magnitude), false,
				List.of());
	}

	static Explanation.Note note(String key, String... arguments) {
		return new Explanation.Note(key, List.of(arguments));
	}

}
