package io.lodestar.appraisal;

import java.math.BigDecimal;

/**
 * One row of a pay rule, as data: when the measure (KPI completion as a fraction, or a grade) falls in this tier,
 * the effect applies. Completion tiers say their bounds and whether each bound is included, because "above 120 %"
 * and "from 120 %" are different rules and users must see which one they set.
 *
 * @param min lower bound of completion (null: no lower bound)
 * @param minIncluded whether completion equal to {@code min} is in the tier
 * @param max upper bound of completion (null: no upper bound)
 * @param maxIncluded whether completion equal to {@code max} is in the tier
 * @param grade the grade this tier is for (grade tiers), null for completion tiers
 * @param effect what the tier does to pay
 * @param value the coefficient (1.10 = 110 % of the base) or the amount (negative for a deduction)
 */
public record PayTier(String label, BigDecimal min, Boolean minIncluded, BigDecimal max, Boolean maxIncluded,
		String grade, Effect effect, BigDecimal value) {

	/** A coefficient multiplies the variable-pay base; an amount is added to pay (negative: deducted). */
	public enum Effect {

		COEFFICIENT, AMOUNT

	}

	public PayTier {
		// a bound not said to be included is not (JSON may leave the flags out)
		minIncluded = Boolean.TRUE.equals(minIncluded);
		maxIncluded = Boolean.TRUE.equals(maxIncluded);
		if (effect == null || value == null) {
			throw new IllegalArgumentException("a tier needs an effect and a value");
		}
		if (grade == null && min != null && max != null && min.compareTo(max) > 0) {
			throw new IllegalArgumentException("tier " + label + ": lower bound above upper bound");
		}
	}

	public static PayTier grade(String grade, Effect effect, BigDecimal value) {
		return new PayTier(grade, null, false, null, false, grade, effect, value);
	}

	public static PayTier completion(String label, BigDecimal min, boolean minIncluded, BigDecimal max,
			boolean maxIncluded, Effect effect, BigDecimal value) {
		return new PayTier(label, min, minIncluded, max, maxIncluded, null, effect, value);
	}

	/** Whether a completion falls in this (completion) tier. */
	public boolean covers(BigDecimal completion) {
		if (grade != null || completion == null) {
			return false;
		}
		if (min != null) {
			int lower = completion.compareTo(min);
			if (lower < 0 || (lower == 0 && !minIncluded)) {
				return false;
			}
		}
		if (max != null) {
			int upper = completion.compareTo(max);
			return upper < 0 || (upper == 0 && maxIncluded);
		}
		return true;
	}

}
