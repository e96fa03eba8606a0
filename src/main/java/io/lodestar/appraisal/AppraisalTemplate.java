package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a company appraises: the components used and their weights (percent, adding up to 100), the rating scale
 * of manager, self and peer ratings, how many peers must answer before peer feedback counts or is shown, the
 * final-score formula, the grade bands, an optional target distribution of grades and the pay tiers.
 *
 * @param weights the components in use with their weights; a component not in the map is off
 * @param targetDistribution percent per grade, best first; empty when grades are not forced
 */
public record AppraisalTemplate(UUID id, String name, Map<AppraisalComponent, BigDecimal> weights, int ratingScale,
		int peerMinRespondents, String formula, List<GradeBands.Band> bands, Map<String, BigDecimal> targetDistribution,
		List<PayTier> payTiers, long version) {

	public AppraisalTemplate {
		weights = weights.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(weights));
		bands = List.copyOf(bands);
		targetDistribution = targetDistribution == null ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targetDistribution));
		payTiers = List.copyOf(payTiers);
	}

	public boolean uses(AppraisalComponent component) {
		return weights.containsKey(component);
	}

	public ScoreFormula scoreFormula() {
		return ScoreFormula.parse(formula, variables());
	}

	public GradeBands gradeBands() {
		return new GradeBands(bands);
	}

	public PayRules payRules() {
		return new PayRules(payTiers);
	}

	public Optional<ForcedDistribution> distribution() {
		return targetDistribution.isEmpty() ? Optional.empty() : Optional.of(new ForcedDistribution(targetDistribution));
	}

	/** The grades, best first. */
	public List<String> grades() {
		return bands.stream()
			.sorted(java.util.Comparator.comparing(GradeBands.Band::floor,
					java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
			.map(GradeBands.Band::grade)
			.toList();
	}

	java.util.Set<String> variables() {
		return weights.keySet().stream().map(AppraisalComponent::variable).collect(Collectors.toSet());
	}

	/** The weighted sum the weights describe, e.g. {@code 0.6 * kpi + 0.3 * manager + 0.1 * self}. */
	public static String weightedSumOf(Map<AppraisalComponent, BigDecimal> weights) {
		return new EnumMap<>(weights).entrySet()
			.stream()
			.filter(entry -> entry.getValue().signum() > 0)
			.map(entry -> entry.getValue().movePointLeft(2).stripTrailingZeros().toPlainString() + " * "
					+ entry.getKey().variable())
			.collect(Collectors.joining(" + "));
	}

}
