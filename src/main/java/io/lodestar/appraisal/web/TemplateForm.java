package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lodestar.appraisal.AppraisalComponent;
import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.GradeBands;
import io.lodestar.appraisal.PayTier;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * The template form as HR fills it in. People think in percent, the service in fractions: lowest scores,
 * completion bounds and coefficients are typed as percent (120 = 1.2) and converted here. Always
 * {@value #BAND_ROWS} grade rows and {@value #TIER_ROWS} pay-tier rows; empty rows are left out. Public fields
 * bound by direct field access (the rows are plain holders, nothing else).
 */
public class TemplateForm {

	static final int BAND_ROWS = 7;

	static final int TIER_ROWS = 10;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public String name;

	public BigDecimal kpi;

	public BigDecimal okr;

	public BigDecimal manager;

	public BigDecimal self;

	public BigDecimal peer;

	public Integer ratingScale = 5;

	public Integer peerMinRespondents = 3;

	public String formula;

	public List<BandRow> bands = rows(BAND_ROWS, BandRow::new);

	public List<TierRow> tiers = rows(TIER_ROWS, TierRow::new);

	public Long version;

	/** The variable-pay base the preview computes pay for. */
	public BigDecimal previewBase = BigDecimal.valueOf(10000);

	/** One grade: its name, the lowest final score in percent (empty: the lowest grade), its target share. */
	public static class BandRow {

		public String grade;

		public BigDecimal floorPercent;

		public BigDecimal targetPercent;

	}

	/**
	 * One pay tier: by grade, or by KPI completion between bounds (percent; each bound said to be included or
	 * not); the effect is a coefficient in percent of the base or an amount added (negative: deducted).
	 */
	public static class TierRow {

		public String kind = "GRADE";

		public String grade;

		public BigDecimal min;

		public boolean minIncluded = true;

		public BigDecimal max;

		public boolean maxIncluded;

		public String effect = "COEFFICIENT";

		public BigDecimal value;

	}

	static TemplateForm of(TemplateRequest request) {
		TemplateForm form = new TemplateForm();
		form.name = request.name();
		form.weights(request.weights());
		form.ratingScale = request.ratingScale();
		form.peerMinRespondents = request.peerMinRespondents();
		form.formula = request.formula();
		form.fill(request.bands(), request.targetDistribution(), request.payTiers());
		form.version = request.version();
		return form;
	}

	static TemplateForm of(AppraisalTemplate template) {
		TemplateForm form = new TemplateForm();
		form.name = template.name();
		form.weights(template.weights());
		form.ratingScale = template.ratingScale();
		form.peerMinRespondents = template.peerMinRespondents();
		form.formula = template.formula();
		form.fill(template.bands(), template.targetDistribution(), template.payTiers());
		form.version = template.version();
		return form;
	}

	/** What the service checks; a tier whose bounds contradict each other is refused here already. */
	TemplateRequest toRequest() {
		Map<AppraisalComponent, BigDecimal> weights = toRequestWeights();
		List<GradeBands.Band> bandList = new ArrayList<>();
		Map<String, BigDecimal> targets = new LinkedHashMap<>();
		boolean forced = false;
		for (BandRow row : bands) {
			if (row.grade == null || row.grade.isBlank()) {
				continue;
			}
			String grade = row.grade.strip();
			bandList.add(new GradeBands.Band(grade, fraction(row.floorPercent)));
			targets.put(grade, row.targetPercent == null ? BigDecimal.ZERO : row.targetPercent);
			forced |= row.targetPercent != null;
		}
		List<PayTier> tierList = new ArrayList<>();
		for (TierRow row : tiers) {
			if (row.value == null) {
				continue;
			}
			PayTier.Effect effect = PayTier.Effect.valueOf(row.effect);
			BigDecimal value = effect == PayTier.Effect.COEFFICIENT ? fraction(row.value) : row.value;
			try {
				tierList.add("COMPLETION".equals(row.kind)
						? PayTier.completion(label(row), fraction(row.min), row.minIncluded, fraction(row.max),
								row.maxIncluded, effect, value)
						: PayTier.grade(row.grade == null ? "" : row.grade.strip(), effect, value));
			}
			catch (IllegalArgumentException contradictory) {
				throw BusinessRuleException.invalid("appraisal-web.template.tier.bounds", "payTiers", label(row));
			}
		}
		return new TemplateRequest(name, weights, ratingScale == null ? 0 : ratingScale,
				peerMinRespondents == null ? 0 : peerMinRespondents, formula, bandList, forced ? targets : null, tierList,
				version);
	}

	/** The weights typed, for the service and for the default formula (their weighted sum). */
	Map<AppraisalComponent, BigDecimal> toRequestWeights() {
		Map<AppraisalComponent, BigDecimal> weights = new EnumMap<>(AppraisalComponent.class);
		put(weights, AppraisalComponent.KPI, kpi);
		put(weights, AppraisalComponent.OKR, okr);
		put(weights, AppraisalComponent.MANAGER, manager);
		put(weights, AppraisalComponent.SELF, self);
		put(weights, AppraisalComponent.PEER, peer);
		return weights;
	}

	/** The sum of the weights typed so far, for the live total. */
	BigDecimal weightSum() {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal weight : new BigDecimal[] { kpi, okr, manager, self, peer }) {
			if (weight != null) {
				sum = sum.add(weight);
			}
		}
		return plain(sum);
	}

	/** A completion tier's label as people read it, e.g. "≥ 100 % and < 120 %". */
	static String label(TierRow row) {
		String lower = row.min == null ? null : (row.minIncluded ? "≥ " : "> ") + row.min.stripTrailingZeros().toPlainString() + " %";
		String upper = row.max == null ? null : (row.maxIncluded ? "≤ " : "< ") + row.max.stripTrailingZeros().toPlainString() + " %";
		return lower == null ? (upper == null ? "*" : upper) : upper == null ? lower : lower + " & " + upper;
	}

	private void weights(Map<AppraisalComponent, BigDecimal> weights) {
		kpi = plain(weights.get(AppraisalComponent.KPI));
		okr = plain(weights.get(AppraisalComponent.OKR));
		manager = plain(weights.get(AppraisalComponent.MANAGER));
		self = plain(weights.get(AppraisalComponent.SELF));
		peer = plain(weights.get(AppraisalComponent.PEER));
	}

	private void fill(List<GradeBands.Band> bandList, Map<String, BigDecimal> targets, List<PayTier> tierList) {
		for (int i = 0; i < bandList.size() && i < BAND_ROWS; i++) {
			BandRow row = bands.get(i);
			row.grade = bandList.get(i).grade();
			row.floorPercent = percent(bandList.get(i).floor());
			row.targetPercent = targets == null ? null : targets.get(row.grade);
		}
		for (int i = 0; i < tierList.size() && i < TIER_ROWS; i++) {
			PayTier tier = tierList.get(i);
			TierRow row = tiers.get(i);
			row.kind = tier.grade() != null ? "GRADE" : "COMPLETION";
			row.grade = tier.grade();
			row.min = percent(tier.min());
			row.minIncluded = tier.minIncluded();
			row.max = percent(tier.max());
			row.maxIncluded = tier.maxIncluded();
			row.effect = tier.effect().name();
			row.value = tier.effect() == PayTier.Effect.COEFFICIENT ? percent(tier.value()) : plain(tier.value());
		}
	}

	private static void put(Map<AppraisalComponent, BigDecimal> weights, AppraisalComponent component, BigDecimal value) {
		if (value != null) {
			weights.put(component, value);
		}
	}

	private static BigDecimal fraction(BigDecimal percent) {
		return percent == null ? null : percent.divide(HUNDRED).stripTrailingZeros();
	}

	private static BigDecimal percent(BigDecimal fraction) {
		return fraction == null ? null : plain(fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP));
	}

	/** Without trailing zeros but never in exponent notation (100, not 1E+2), as it is shown in an input. */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static <T> List<T> rows(int count, java.util.function.Supplier<T> row) {
		List<T> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			list.add(row.get());
		}
		return list;
	}

}
