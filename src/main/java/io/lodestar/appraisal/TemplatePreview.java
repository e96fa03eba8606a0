package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A template tried on sample employees while HR edits it: a strong performer, one on target, one below, one
 * without a self-assessment and one with only the KPI score, so HR sees the formula, the grades, the pay and how
 * a missing component is normalised out before anyone is appraised with it.
 */
public final class TemplatePreview {

	private TemplatePreview() {
	}

	/** The samples' inputs: KPI and OKR as fractions, ratings on a scale of 5 (rescaled to the template's). */
	static final List<Sample> SAMPLES = List.of(
			new Sample("strong", new BigDecimal("1.25"), new BigDecimal("0.8"), new BigDecimal("4.5"),
					new BigDecimal("4"), new BigDecimal("4.2")),
			new Sample("on-target", new BigDecimal("1.0"), new BigDecimal("0.7"), new BigDecimal("3.5"),
					new BigDecimal("4"), new BigDecimal("3.6")),
			new Sample("below", new BigDecimal("0.78"), new BigDecimal("0.4"), new BigDecimal("2.5"),
					new BigDecimal("3.5"), new BigDecimal("3")),
			new Sample("no-self", new BigDecimal("1.1"), new BigDecimal("0.6"), new BigDecimal("4"), null,
					new BigDecimal("4")),
			new Sample("kpi-only", new BigDecimal("0.95"), null, null, null, null));

	public static List<Line> of(AppraisalTemplate template, BigDecimal payBase) {
		ScoreFormula formula = template.scoreFormula();
		GradeBands bands = template.gradeBands();
		PayRules pay = template.payRules();
		BigDecimal five = BigDecimal.valueOf(5);
		List<Line> lines = new ArrayList<>();
		for (Sample sample : SAMPLES) {
			Map<String, BigDecimal> components = new HashMap<>();
			AppraisalScoring.put(components, template, AppraisalComponent.KPI, sample.kpi());
			AppraisalScoring.put(components, template, AppraisalComponent.OKR, sample.okr());
			AppraisalScoring.put(components, template, AppraisalComponent.MANAGER,
					AppraisalScoring.ratio(sample.manager(), five));
			AppraisalScoring.put(components, template, AppraisalComponent.SELF,
					AppraisalScoring.ratio(sample.self(), five));
			AppraisalScoring.put(components, template, AppraisalComponent.PEER,
					AppraisalScoring.ratio(sample.peer(), five));
			FormulaResult result;
			try {
				result = formula.evaluate(components);
			}
			catch (FormulaException error) {
				result = FormulaResult.failed(error);
			}
			String grade = result.isComputed() ? bands.gradeOf(result.value()) : null;
			BigDecimal amount = grade == null ? null : pay.pay(payBase, grade, sample.kpi()).amount();
			lines.add(new Line(sample, components, result, grade, amount));
		}
		return lines;
	}

	/** A sample employee; {@code key} names them in the message bundle. */
	public record Sample(String key, BigDecimal kpi, BigDecimal okr, BigDecimal manager, BigDecimal self,
			BigDecimal peer) {
	}

	/** A sample's components as the formula saw them, the result, grade and pay. */
	public record Line(Sample sample, Map<String, BigDecimal> components, FormulaResult result, String grade,
			BigDecimal pay) {
	}

}
