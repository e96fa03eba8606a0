package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Pay linkage as data: grade tiers (A → 110 % of the variable-pay base) and completion tiers (above 120 %: an extra
 * bonus; below 100 %: a deduction). {@link #pay} turns a person's base, grade and KPI completion into their
 * variable pay with every step named, so the payroll line can be explained. Money is exact: rounded once, to the
 * cent, at the end.
 */
public final class PayRules {

	private static final int CENTS = 2;

	private final List<PayTier> gradeTiers;

	private final List<PayTier> completionTiers;

	public PayRules(List<PayTier> tiers) {
		this.gradeTiers = tiers.stream().filter(tier -> tier.grade() != null).toList();
		this.completionTiers = tiers.stream().filter(tier -> tier.grade() == null).toList();
		for (int i = 0; i < completionTiers.size(); i++) {
			for (int j = i + 1; j < completionTiers.size(); j++) {
				if (overlap(completionTiers.get(i), completionTiers.get(j))) {
					throw new IllegalArgumentException("tiers " + completionTiers.get(i).label() + " and "
							+ completionTiers.get(j).label() + " overlap");
				}
			}
		}
	}

	/**
	 * Variable pay = base × grade coefficient (1 without a grade tier) × completion coefficients + amounts.
	 * A person without a completion or grade gets no tier for it, never a penalty.
	 */
	public Pay pay(BigDecimal base, String grade, BigDecimal completion) {
		List<String> steps = new ArrayList<>();
		BigDecimal coefficient = BigDecimal.ONE;
		BigDecimal amount = BigDecimal.ZERO;
		for (PayTier tier : gradeTiers) {
			if (tier.grade().equals(grade)) {
				if (tier.effect() == PayTier.Effect.COEFFICIENT) {
					coefficient = coefficient.multiply(tier.value());
				}
				else {
					amount = amount.add(tier.value());
				}
				steps.add(tier.label());
			}
		}
		for (PayTier tier : completionTiers) {
			if (tier.covers(completion)) {
				if (tier.effect() == PayTier.Effect.COEFFICIENT) {
					coefficient = coefficient.multiply(tier.value());
				}
				else {
					amount = amount.add(tier.value());
				}
				steps.add(tier.label());
			}
		}
		BigDecimal total = base.multiply(coefficient).add(amount).setScale(CENTS, RoundingMode.HALF_UP);
		return new Pay(total, coefficient, amount, List.copyOf(steps));
	}

	private static boolean overlap(PayTier a, PayTier b) {
		// two intervals overlap unless one ends before the other starts (with the bounds' inclusivity)
		return !(endsBefore(a, b) || endsBefore(b, a));
	}

	private static boolean endsBefore(PayTier first, PayTier second) {
		if (first.max() == null || second.min() == null) {
			return false;
		}
		int order = first.max().compareTo(second.min());
		return order < 0 || (order == 0 && !(first.maxIncluded() && second.minIncluded()));
	}

	/** A person's variable pay and how it came about. */
	public record Pay(BigDecimal amount, BigDecimal coefficient, BigDecimal added, List<String> tiersApplied) {
	}

}
