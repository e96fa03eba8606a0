package io.lodestar.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * The scoring library. Stateless and thread-safe. The formulas are written out for users in
 * {@code docs/scoring.md}; every number it returns comes with an {@link Explanation}.
 */
public final class Scoring {

	/** Decimal places of completions and weighted scores. */
	public static final int SCALE = 4;

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	private Scoring() {
	}

	/**
	 * Refuses a meaningless rule, naming the field: a missing direction or method, an unsupported
	 * direction/method pair, a missing target, a baseline equal to (or on the wrong side of) the target for
	 * PROGRESS, a range upside down, a missing or negative tolerance, an empty piecewise table or one with a
	 * repeated {@code from} or a step without exactly one of fixed/factor, a stretch not beyond the target, a cap
	 * below the floor.
	 *
	 * @throws io.lodestar.platform.web.BusinessRuleException with code {@code scoring.rule.<problem>} and the
	 * field (e.g. {@code baseline})
	 */
	public static void validate(ScoringRule rule) {
		RuleValidator.validate(rule);
	}

	/** The scoring methods that fit a direction, in declaration order. */
	public static Set<ScoringMethod> methodsFor(Direction direction) {
		return RuleValidator.METHODS.get(direction);
	}

	/**
	 * The completion of one actual value under the rule. The rule is validated first (cheap), so an invalid rule
	 * is refused here too rather than dividing by zero.
	 *
	 * @throws io.lodestar.platform.web.BusinessRuleException {@code scoring.actual.required} for a null actual,
	 * {@code scoring.actual.not-binary} for a DONE actual other than 0 or 1, or a {@code scoring.rule.*} problem
	 */
	public static Completion score(ScoringRule rule, BigDecimal actual) {
		validate(rule);
		requireActual(actual);
		Formulas.Raw raw = Formulas.apply(rule, actual);
		// cap and floor apply to the exact value; both numbers are rounded once, at the end
		BigDecimal value = raw.value();
		Map<String, BigDecimal> inputs = new LinkedHashMap<>(raw.inputs());
		List<Explanation.Note> notes = new ArrayList<>(raw.notes());
		if (rule.floor() != null) {
			inputs.put("floor", rule.floor());
			if (value.compareTo(rule.floor()) < 0) {
				value = rule.floor();
				notes.add(Ratios.note("scoring.note.floored", Maths.text(rule.floor())));
			}
		}
		if (rule.cap() != null) {
			inputs.put("cap", rule.cap());
			if (value.compareTo(rule.cap()) > 0) {
				value = rule.cap();
				notes.add(Ratios.note("scoring.note.capped", Maths.text(rule.cap())));
			}
		}
		Explanation explanation = new Explanation(raw.formulaKey(), inputs, raw.expression(), notes);
		return new Completion(Maths.round(value), Maths.round(raw.value()), explanation);
	}

	/**
	 * Actual relative to target as RATIO computes it for the rule's direction (a ÷ t when higher is better, t ÷ a
	 * when lower is better, with the zero and negative target rules), before cap and floor, rounded to
	 * {@link #SCALE}. Null when the direction has no target (RANGE, DONE) or the rule has no target. For showing
	 * "actual against target" next to any method.
	 */
	public static BigDecimal ratio(ScoringRule rule, BigDecimal actual) {
		requireActual(actual);
		if (rule.direction() == null || rule.direction() == Direction.RANGE || rule.direction() == Direction.DONE
				|| rule.target() == null) {
			return null;
		}
		return Maths.round(Ratios.of(rule, actual).value());
	}

	/**
	 * The period's actual from its measurements, oldest first. LAST takes the latest, COUNT counts them,
	 * AVERAGE is rounded to {@link #SCALE} + 2 decimals. Null for no measurements (COUNT gives 0).
	 *
	 * @throws io.lodestar.platform.web.BusinessRuleException {@code scoring.measurement.required} when a
	 * measurement is null
	 */
	public static BigDecimal aggregate(Aggregation aggregation, List<BigDecimal> valuesInTimeOrder) {
		Objects.requireNonNull(aggregation, "aggregation");
		List<BigDecimal> values = valuesInTimeOrder == null ? List.of() : valuesInTimeOrder;
		for (BigDecimal value : values) {
			if (value == null) {
				throw BusinessRuleException.invalid("scoring.measurement.required", "values");
			}
		}
		if (aggregation == Aggregation.COUNT) {
			return BigDecimal.valueOf(values.size());
		}
		if (values.isEmpty()) {
			return null;
		}
		return switch (aggregation) {
			case LAST -> values.get(values.size() - 1);
			case SUM -> sum(values);
			case AVERAGE -> Maths.divide(sum(values), BigDecimal.valueOf(values.size())).setScale(SCALE + 2, ROUNDING);
			case MIN -> values.stream().reduce(BigDecimal::min).orElseThrow();
			case MAX -> values.stream().reduce(BigDecimal::max).orElseThrow();
			case COUNT -> throw new IllegalStateException("counted above");
		};
	}

	/**
	 * Weighted mean Σ wᵢcᵢ / Σ wᵢ over the items (weights in percent or any scale; they are normalised).
	 * Items without a completion are left out and the rest re-normalised. Null when nothing is left, or when the
	 * weights of what is left sum to zero.
	 *
	 * @throws io.lodestar.platform.web.BusinessRuleException {@code scoring.weight.required} or
	 * {@code scoring.weight.negative} (field {@code weight})
	 */
	public static WeightedScore weighted(List<Weighted> items) {
		List<Weighted> all = items == null ? List.of() : items;
		BigDecimal weightSum = BigDecimal.ZERO;
		BigDecimal scoredWeight = BigDecimal.ZERO;
		BigDecimal weightedSum = BigDecimal.ZERO;
		for (Weighted item : all) {
			if (item == null || item.weight() == null) {
				throw BusinessRuleException.invalid("scoring.weight.required", "weight");
			}
			if (item.weight().signum() < 0) {
				throw BusinessRuleException.invalid("scoring.weight.negative", "weight", Maths.text(item.weight()));
			}
			weightSum = weightSum.add(item.weight());
			if (item.completion() != null) {
				scoredWeight = scoredWeight.add(item.weight());
				weightedSum = weightedSum.add(item.weight().multiply(item.completion()));
			}
		}
		return weighted(weightedSum, scoredWeight, weightSum);
	}

	/**
	 * The same weighted mean from its sums, kept elsewhere (reporting's read model of people's scores): Σ wᵢcᵢ
	 * over the items with a completion, Σ wᵢ over those items, and Σ wᵢ over all items. Rounded exactly as
	 * {@link #weighted(List)} rounds, so both give the same score for the same items.
	 */
	public static WeightedScore weighted(BigDecimal weightedSum, BigDecimal scoredWeight, BigDecimal weightSum) {
		BigDecimal score = scoredWeight.signum() == 0 ? null : Maths.round(Maths.divide(weightedSum, scoredWeight));
		return new WeightedScore(score, weightSum, weightSum.compareTo(Maths.HUNDRED) == 0);
	}

	/**
	 * The least exact mean that the weighted score rounds to {@code bound} or more, for a bound of at most
	 * {@link #SCALE} decimals: half a unit of the last decimal below it, as rounding is half up. Lets a database
	 * count the scores at or above a bound from their sums (Σ wᵢcᵢ ≥ this × Σ wᵢ) without dividing or rounding.
	 */
	public static BigDecimal roundsUpFrom(BigDecimal bound) {
		if (bound.signum() <= 0 || bound.stripTrailingZeros().scale() > SCALE) {
			throw new IllegalArgumentException("a positive bound of at most " + SCALE + " decimals: " + bound);
		}
		return bound.subtract(BigDecimal.ONE.movePointLeft(SCALE).divide(Maths.TWO));
	}

	private static void requireActual(BigDecimal actual) {
		if (actual == null) {
			throw BusinessRuleException.invalid("scoring.actual.required", "actual");
		}
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A completion with its weight, e.g. one KPI of a person. */
	public record Weighted(BigDecimal weight, BigDecimal completion) {
	}

	/**
	 * @param score the weighted mean, or null when no item had a completion
	 * @param weightSum the sum of the weights of all items (100 when complete)
	 * @param weightsComplete whether the weights of all items sum to exactly 100
	 */
	public record WeightedScore(BigDecimal score, BigDecimal weightSum, boolean weightsComplete) {
	}

}
