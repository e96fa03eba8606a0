package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A template as HR sends it. A blank formula means the weighted sum of the weights. Checked as a whole by
 * {@link AppraisalTemplates}: nothing is stored unless all of it is acceptable.
 *
 * @param version the version read, to refuse an edit made meanwhile (ignored when creating)
 */
public record TemplateRequest(String name, Map<AppraisalComponent, BigDecimal> weights, Integer ratingScale,
		Integer peerMinRespondents, String formula, List<GradeBands.Band> bands, Map<String, BigDecimal> targetDistribution,
		List<PayTier> payTiers, Long version) {

	/** The factory's template: 70 % KPI and 30 % manager, S/A/B/C/D, grade coefficients and the 120 % bonus. */
	public static TemplateRequest standard(String name) {
		return new TemplateRequest(name,
				new java.util.EnumMap<>(Map.of(AppraisalComponent.KPI, new BigDecimal("70"), AppraisalComponent.MANAGER, new BigDecimal("30"))),
				5, 3, "", standardBands(), null, standardTiers(), null);
	}

	public static List<GradeBands.Band> standardBands() {
		return List.of(new GradeBands.Band("S", new BigDecimal("1.2")), new GradeBands.Band("A", new BigDecimal("1.0")),
				new GradeBands.Band("B", new BigDecimal("0.85")), new GradeBands.Band("C", new BigDecimal("0.7")),
				new GradeBands.Band("D", null));
	}

	/**
	 * Grade coefficients S 120 % / A 110 % / B 100 % / C 95 % / D 90 % of the variable-pay base; KPI completion above
	 * 120 % earns 500 more, below 100 % deducts 200.
	 */
	public static List<PayTier> standardTiers() {
		return List.of(PayTier.grade("S", PayTier.Effect.COEFFICIENT, new BigDecimal("1.20")),
				PayTier.grade("A", PayTier.Effect.COEFFICIENT, new BigDecimal("1.10")),
				PayTier.grade("B", PayTier.Effect.COEFFICIENT, new BigDecimal("1.00")),
				PayTier.grade("C", PayTier.Effect.COEFFICIENT, new BigDecimal("0.95")),
				PayTier.grade("D", PayTier.Effect.COEFFICIENT, new BigDecimal("0.90")),
				PayTier.completion("> 120 %", new BigDecimal("1.2"), false, null, false, PayTier.Effect.AMOUNT,
						new BigDecimal("500")),
				PayTier.completion("< 100 %", null, false, BigDecimal.ONE, false, PayTier.Effect.AMOUNT,
						new BigDecimal("-200")));
	}

}
