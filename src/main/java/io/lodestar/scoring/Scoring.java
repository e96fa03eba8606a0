package io.lodestar.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The scoring library. Stateless and thread-safe.
 */
public final class Scoring {

	/** Decimal places of completions and weighted scores. */
	public static final int SCALE = 4;

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	private Scoring() {
	}

	/**
	 * Refuses a meaningless rule, naming the field: an unsupported direction/method pair, a missing target,
	 * a baseline equal to (or on the wrong side of) the target for PROGRESS, a range upside down, a negative
	 * tolerance, an empty or unordered piecewise table, a cap below the floor.
	 *
	 * @throws io.lodestar.platform.web.BusinessRuleException with code {@code scoring.rule.<problem>} and the
	 * field (e.g. {@code baseline})
	 */
	public static void validate(ScoringRule rule) {
		throw new UnsupportedOperationException("to be implemented");
	}

	/** The completion of one actual value under the rule (assumed valid). */
	public static Completion score(ScoringRule rule, BigDecimal actual) {
		throw new UnsupportedOperationException("to be implemented");
	}

	/**
	 * The period's actual from its measurements, oldest first. LAST takes the latest, COUNT counts them,
	 * AVERAGE is rounded to {@link #SCALE} + 2 decimals. Null for no measurements (COUNT gives 0).
	 */
	public static BigDecimal aggregate(Aggregation aggregation, List<BigDecimal> valuesInTimeOrder) {
		throw new UnsupportedOperationException("to be implemented");
	}

	/**
	 * Weighted mean Σ wᵢcᵢ / Σ wᵢ over the items (weights in percent or any scale; they are normalised).
	 * Items without a completion are left out and the rest re-normalised. Null when nothing is left.
	 */
	public static WeightedScore weighted(List<Weighted> items) {
		throw new UnsupportedOperationException("to be implemented");
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
