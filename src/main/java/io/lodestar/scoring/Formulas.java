package io.lodestar.scoring;

import static io.lodestar.scoring.Maths.MINUS;
import static io.lodestar.scoring.Maths.operand;
import static io.lodestar.scoring.Maths.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lodestar.platform.web.BusinessRuleException;

/** The formula of each scoring method, giving the raw completion (before cap and floor) and its explanation. */
final class Formulas {

	private static final String MET = " ✓ ⇒ 1";

	private static final String NOT_MET = " ✗ ⇒ 0";

	private Formulas() {
	}

	/**
	 * A raw completion, not yet rounded, with how it came about.
	 *
	 * @param value the completion before rounding, cap and floor
	 * @param formulaKey message key of the formula
	 * @param inputs the named values the formula used
	 * @param expression the substituted arithmetic with its rounded result
	 * @param notes remarks (special rules)
	 */
	record Raw(BigDecimal value, String formulaKey, Map<String, BigDecimal> inputs, String expression,
			List<Explanation.Note> notes) {
	}

	static Raw apply(ScoringRule rule, BigDecimal actual) {
		Map<String, BigDecimal> inputs = new LinkedHashMap<>();
		inputs.put("actual", actual);
		return switch (rule.method()) {
			case PROGRESS -> progress(rule, actual, inputs);
			case RATIO -> ratio(rule, actual, inputs);
			case THRESHOLD -> rule.direction() == Direction.RANGE ? insideRange(rule, actual, inputs)
					: threshold(rule, actual, inputs);
			case BAND -> band(rule, actual, inputs);
			case BINARY -> binary(actual, inputs);
			case PIECEWISE -> piecewise(rule, actual, inputs);
		};
	}

	private static Raw progress(ScoringRule rule, BigDecimal actual, Map<String, BigDecimal> inputs) {
		BigDecimal baseline = rule.baseline();
		BigDecimal target = rule.target();
		inputs.put("baseline", baseline);
		inputs.put("target", target);
		// (a − b) ÷ (t − b) for both directions; written the way round that reads naturally for each
		BigDecimal value = Maths.divide(actual.subtract(baseline), target.subtract(baseline));
		String left;
		String key;
		if (rule.direction() == Direction.DECREASE) {
			key = "scoring.formula.progress-decrease";
			left = "(" + difference(baseline, actual) + ") ÷ (" + difference(baseline, target) + ")";
		}
		else {
			key = "scoring.formula.progress";
			left = "(" + difference(actual, baseline) + ") ÷ (" + difference(target, baseline) + ")";
		}
		return new Raw(value, key, inputs, left + " = " + Maths.result(value, Scoring.SCALE), List.of());
	}

	private static Raw ratio(ScoringRule rule, BigDecimal actual, Map<String, BigDecimal> inputs) {
		inputs.put("target", rule.target());
		Ratios.Ratio ratio = Ratios.of(rule, actual);
		return new Raw(ratio.value(), ratio.formulaKey(), inputs, ratio.expression(Scoring.SCALE), ratio.notes());
	}

	private static Raw threshold(ScoringRule rule, BigDecimal actual, Map<String, BigDecimal> inputs) {
		BigDecimal target = rule.target();
		inputs.put("target", target);
		boolean atLeast = rule.direction() == Direction.AT_LEAST;
		int side = actual.compareTo(target);
		boolean met = atLeast ? side > 0 || (rule.inclusive() && side == 0) : side < 0 || (rule.inclusive() && side == 0);
		String relation = atLeast ? (rule.inclusive() ? " ≥ " : " > ") : (rule.inclusive() ? " ≤ " : " < ");
		String key;
		if (atLeast) {
			key = rule.inclusive() ? "scoring.formula.threshold-at-least" : "scoring.formula.threshold-at-least-strict";
		}
		else {
			key = rule.inclusive() ? "scoring.formula.threshold-at-most" : "scoring.formula.threshold-at-most-strict";
		}
		return new Raw(met ? BigDecimal.ONE : BigDecimal.ZERO, key, inputs,
				text(actual) + relation + text(target) + (met ? MET : NOT_MET), List.of());
	}

	private static Raw insideRange(ScoringRule rule, BigDecimal actual, Map<String, BigDecimal> inputs) {
		inputs.put("rangeLow", rule.rangeLow());
		inputs.put("rangeHigh", rule.rangeHigh());
		int low = actual.compareTo(rule.rangeLow());
		int high = actual.compareTo(rule.rangeHigh());
		boolean met = rule.inclusive() ? low >= 0 && high <= 0 : low > 0 && high < 0;
		String relation = rule.inclusive() ? " ≤ " : " < ";
		String key = rule.inclusive() ? "scoring.formula.threshold-range" : "scoring.formula.threshold-range-strict";
		return new Raw(met ? BigDecimal.ONE : BigDecimal.ZERO, key, inputs, text(rule.rangeLow()) + relation
				+ text(actual) + relation + text(rule.rangeHigh()) + (met ? MET : NOT_MET), List.of());
	}

	private static Raw band(ScoringRule rule, BigDecimal actual, Map<String, BigDecimal> inputs) {
		BigDecimal low = rule.rangeLow();
		BigDecimal high = rule.rangeHigh();
		BigDecimal tolerance = rule.tolerance();
		inputs.put("rangeLow", low);
		inputs.put("rangeHigh", high);
		inputs.put("tolerance", tolerance);
		String key = "scoring.formula.band";
		boolean below = actual.compareTo(low) < 0;
		boolean above = actual.compareTo(high) > 0;
		String inRange = text(low) + " ≤ " + text(actual) + " ≤ " + text(high);
		if (!below && !above) {
			return new Raw(BigDecimal.ONE, key, inputs, inRange + MET, List.of());
		}
		if (tolerance.signum() == 0) {
			return new Raw(BigDecimal.ZERO, key, inputs, inRange + NOT_MET,
					List.of(Ratios.note("scoring.note.zero-tolerance")));
		}
		BigDecimal distance = below ? low.subtract(actual) : actual.subtract(high);
		BigDecimal value = BigDecimal.ONE.subtract(Maths.divide(distance, tolerance)).max(BigDecimal.ZERO);
		String gap = below ? difference(low, actual) : difference(actual, high);
		String left = "max(0, 1 " + MINUS + " (" + gap + ") ÷ " + text(tolerance) + ")";
		return new Raw(value, key, inputs, left + " = " + Maths.result(value, Scoring.SCALE), List.of());
	}

	private static Raw binary(BigDecimal actual, Map<String, BigDecimal> inputs) {
		boolean done = actual.compareTo(BigDecimal.ONE) == 0;
		if (!done && actual.signum() != 0) {
			throw BusinessRuleException.invalid("scoring.actual.not-binary", "actual", text(actual));
		}
		return new Raw(done ? BigDecimal.ONE : BigDecimal.ZERO, "scoring.formula.binary", inputs,
				text(actual) + " = 1" + (done ? MET : NOT_MET), List.of());
	}

	private static Raw piecewise(ScoringRule rule, BigDecimal actual, Map<String, BigDecimal> inputs) {
		inputs.put("target", rule.target());
		Ratios.Ratio ratio = Ratios.of(rule, actual);
		BigDecimal r = ratio.value();
		inputs.put("ratio", r.setScale(Scoring.SCALE + 2, Scoring.ROUNDING));
		List<Explanation.Note> notes = new ArrayList<>();
		notes.add(Ratios.note(ratio.formulaKey()));
		notes.addAll(ratio.notes());
		String shownRatio = Maths.result(r, Scoring.SCALE + 2);
		StringBuilder expression = new StringBuilder("r = ").append(ratio.expression(Scoring.SCALE + 2)).append("; ");
		PiecewiseStep step = rule.steps()
			.stream()
			.filter(candidate -> candidate.from().compareTo(r) <= 0)
			.max(Comparator.comparing(PiecewiseStep::from))
			.orElse(null);
		BigDecimal value;
		if (step == null) {
			BigDecimal lowest = rule.steps().stream().map(PiecewiseStep::from).min(Comparator.naturalOrder()).orElseThrow();
			value = BigDecimal.ZERO;
			expression.append(shownRatio).append(" < ").append(text(lowest)).append(" ⇒ 0");
			notes.add(Ratios.note("scoring.note.below-all-steps", text(lowest)));
		}
		else {
			inputs.put("stepFrom", step.from());
			expression.append(shownRatio).append(" ≥ ").append(text(step.from())).append(" ⇒ ");
			if (step.fixed() != null) {
				inputs.put("stepFixed", step.fixed());
				value = step.fixed();
				expression.append(text(step.fixed()));
			}
			else {
				inputs.put("stepFactor", step.factor());
				value = r.multiply(step.factor());
				expression.append(shownRatio)
					.append(" × ")
					.append(operand(step.factor()))
					.append(" = ")
					.append(Maths.result(value, Scoring.SCALE));
			}
		}
		return new Raw(value, "scoring.formula.piecewise", inputs, expression.toString(), notes);
	}

	/** "x − y", with a negative y in parentheses. */
	private static String difference(BigDecimal x, BigDecimal y) {
		return text(x) + " " + MINUS + " " + operand(y);
	}

}
