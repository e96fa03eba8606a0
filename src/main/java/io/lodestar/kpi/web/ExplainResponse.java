package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.kpi.Explained;
import io.lodestar.platform.web.Messages;
import io.lodestar.scoring.Explanation;
import io.lodestar.scoring.ScoringRule;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Everything behind a KPI's number in one period: the formula (its key and its text in the caller's
 * language), the inputs, the substituted expression, notes such as "capped at 1.2", the rule with the
 * target scaled for the period, and the measurements with their sources. Without data the formula fields
 * are null.
 */
@Schema(name = "KpiExplanation")
@JsonInclude(JsonInclude.Include.ALWAYS)
record ExplainResponse(UUID kpiId, String title, PeriodResultResponse result,
		@Schema(example = "scoring.formula.progress-decrease", nullable = true) String formulaKey,
		@Schema(example = "Reduction from baseline to target = (baseline − actual) ÷ (baseline − target)", nullable = true) String formula,
		List<Input> inputs,
		@Schema(example = "(7 − 3.5) ÷ (7 − 4) = 1.1667", nullable = true) String expression, List<Note> notes,
		@Schema(description = "The rule that scored this period (targets of sums and counts scaled).") ScoringRule rule,
		@Schema(description = "Every measurement in the period, newest first, corrected ones marked superseded.")
		List<MeasurementResponse> measurements) {

	/** A named input of the formula, with its label in the caller's language. */
	@Schema(name = "KpiExplanationInput")
	record Input(@Schema(example = "baseline") String name, @Schema(example = "Baseline") String label, BigDecimal value) {
	}

	/** A remark on the computation, e.g. that the completion was capped. */
	@Schema(name = "KpiExplanationNote")
	record Note(@Schema(example = "scoring.note.capped") String key, @Schema(example = "Capped at 1.2: the completion cannot go higher.") String text) {
	}

	private static ScoringRule clean(ScoringRule rule) {
		return new ScoringRule(rule.direction(), rule.method(), Decimals.clean(rule.baseline()),
				Decimals.clean(rule.target()), Decimals.clean(rule.stretch()), Decimals.clean(rule.rangeLow()),
				Decimals.clean(rule.rangeHigh()), rule.inclusive(), Decimals.clean(rule.tolerance()),
				KpiConfigBody.steps(rule.steps()), Decimals.clean(rule.cap()), Decimals.clean(rule.floor()));
	}

	static ExplainResponse of(Explained explained, Messages messages) {
		Explanation explanation = explained.explanation();
		List<Input> inputs = explanation == null ? List.of()
				: explanation.inputs()
					.entrySet()
					.stream()
					.map(input -> new Input(input.getKey(), messages.get("scoring.input." + input.getKey()),
							Decimals.clean(input.getValue())))
					.toList();
		List<Note> notes = explanation == null ? List.of()
				: explanation.notes()
					.stream()
					.map(note -> new Note(note.key(), messages.get(note.key(), note.arguments().toArray())))
					.toList();
		return new ExplainResponse(explained.kpi().goal().id(), explained.kpi().goal().title(),
				PeriodResultResponse.of(explained.result(), messages),
				explanation == null ? null : explanation.formulaKey(),
				explanation == null ? null : messages.get(explanation.formulaKey()), inputs,
				explanation == null ? null : explanation.expression(), notes, clean(explained.rule()),
				explained.measurements().stream().map(MeasurementResponse::of).toList());
	}

}
