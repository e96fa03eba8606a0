package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.util.Map;

import io.lodestar.appraisal.FormulaResult;
import io.lodestar.appraisal.TemplatePreview;
import io.lodestar.platform.web.Messages;

/**
 * One sample employee of a template preview: the components the formula saw (fractions), the final score or, in
 * the reader's language, why there is none, the grade and the pay for the base asked.
 */
record PreviewLine(String sample, String sampleName, Map<String, BigDecimal> components, BigDecimal score,
		String problem, String grade, BigDecimal pay) {

	static PreviewLine of(TemplatePreview.Line line, Messages messages) {
		FormulaResult result = line.result();
		String problem = null;
		if (!result.isComputed()) {
			problem = result.error() != null ? messages.get(result.reasonKey(), result.error().arguments())
					: messages.get(result.reasonKey(), result.missingVariable());
		}
		return new PreviewLine(line.sample().key(), messages.get("appraisal.sample." + line.sample().key()),
				new java.util.TreeMap<>(line.components()), result.value(), problem, line.grade(), line.pay());
	}

}
