package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Missing components are normalised out, never counted as zero: top-level weighted sums rescale their weights,
 * avg/min/max ignore missing arguments, anything else is not computable and says which component is missing.
 */
class ScoreFormulaMissingComponentTests {

	static final Set<String> VARIABLES = Set.of("kpi", "okr", "manager", "self");

	/** "kpi=1.2 self=-" gives kpi 1.2 and self missing (null); unnamed variables are absent. */
	static Map<String, BigDecimal> components(String spec) {
		Map<String, BigDecimal> components = new HashMap<>();
		Arrays.stream(spec.trim().split("\\s+")).filter(part -> !part.isEmpty()).forEach(part -> {
			String[] pair = part.split("=");
			components.put(pair[0], "-".equals(pair[1]) ? null : new BigDecimal(pair[1]));
		});
		return components;
	}

	static FormulaResult evaluate(String formula, String components) {
		return ScoreFormula.parse(formula, VARIABLES).evaluate(components(components));
	}

	@ParameterizedTest(name = "{0} with {1} = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# weighted sums: missing terms dropped, remaining weights rescaled to the original total
			0.6*kpi + 0.3*manager + 0.1*self | kpi=1 manager=4 self=3   | 2.1
			0.6*kpi + 0.3*manager + 0.1*self | kpi=1 manager=4 self=-   | 2
			0.6*kpi + 0.3*manager + 0.1*self | kpi=1 manager=4          | 2
			0.6*kpi + 0.3*manager + 0.1*self | kpi=0.9 self=3           | 1.2
			0.6*kpi + 0.3*manager + 0.1*self | manager=4                | 4
			kpi*0.5 + okr*0.5                | kpi=0.8                  | 0.8
			kpi + okr                        | kpi=0.8                  | 1.6
			50*kpi + 30*okr + 20*self        | kpi=1 self=0.5           | 85.71428571428571
			1/3*kpi + 1/3*okr + 1/3*manager  | kpi=1 okr=2              | 1.5
			(0.5)*kpi + (0.5*okr)            | okr=3                    | 3
			# a present zero counts: only missing components are dropped
			0.5*kpi + 0.5*okr                | kpi=0 okr=1              | 0.5
			# avg, min, max ignore missing arguments
			avg(kpi, okr, manager)           | kpi=1 manager=2          | 1.5
			avg(kpi, okr, manager)           | okr=3                    | 3
			min(kpi, okr, manager)           | kpi=1 okr=- manager=0.5  | 0.5
			max(kpi, okr, manager)           | kpi=1 manager=0.5        | 1
			avg(kpi * 2, okr + 1)            | okr=1                    | 2
			round(avg(kpi, okr, manager), 2) | kpi=1 okr=2              | 1.50
			# a missing variable in the if branch not taken does not matter
			if(kpi >= 1.2, 1.1 * manager, kpi) | kpi=1                  | 1
			""")
	void normalisesMissingComponentsOut(String formula, String components, String expected) {
		FormulaResult result = evaluate(formula, components);
		assertThat(result.isComputed()).as(result.toString()).isTrue();
		assertThat(result.value()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "{0} with {1}: missing {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# not normalisable positions: not computable, naming the variable, never zero
			kpi                                    | okr=1                 | kpi
			kpi * okr                              | kpi=1                 | okr
			kpi / okr                              | kpi=1 okr=-           | okr
			-kpi + okr                             | okr=1                 | kpi
			0.6*kpi - 0.4*okr                      | kpi=1                 | okr
			0.6*kpi + 0.4*okr + 1                  | kpi=1                 | okr
			0.6*kpi + okr*okr                      | kpi=1                 | okr
			round(0.6*kpi + 0.4*okr, 2)            | kpi=1                 | okr
			clamp(kpi, 0, manager)                 | kpi=1                 | manager
			if(kpi >= 1.2, 1.1 * manager, manager) | manager=3             | kpi
			if(kpi >= 1.2, 1.1 * manager, manager) | kpi=1.3               | manager
			if(okr > 1 or kpi > 1, 1, 0)           | okr=2                 | kpi
			if(not self > 1, 1, 0)                 | okr=2                 | self
			# avg with every argument missing
			avg(kpi, okr)                          | manager=1             | kpi
			min(kpi, okr) + 1                      | manager=1             | kpi
			""")
	void isNotComputableElsewhere(String formula, String components, String missing) {
		FormulaResult result = evaluate(formula, components);
		assertThat(result.isComputed()).isFalse();
		assertThat(result.value()).isNull();
		assertThat(result.missingVariable()).isEqualTo(missing);
		assertThat(result.reasonKey()).isEqualTo("appraisal.formula.missing-component");
		assertThat(result.error()).isNull();
	}

	@Test
	void aWeightedSumWithEveryComponentMissingNamesThemAll() {
		FormulaResult result = evaluate("0.6*kpi + 0.3*manager + 0.1*self", "kpi=- okr=1");
		assertThat(result.isComputed()).isFalse();
		assertThat(result.missingVariables()).containsExactly("kpi", "manager", "self");
		assertThat(result.missingVariable()).isEqualTo("kpi");
	}

	@Test
	void theSpecExampleIsTheRescaledSum() {
		Map<String, BigDecimal> noSelf = components("kpi=1.1 manager=3.7");
		BigDecimal expected = new BigDecimal("0.6").multiply(new BigDecimal("1.1"))
			.add(new BigDecimal("0.3").multiply(new BigDecimal("3.7")))
			.divide(new BigDecimal("0.9"), Evaluator.MATH);
		FormulaResult result = ScoreFormula.parse("0.6*kpi + 0.3*manager + 0.1*self", VARIABLES).evaluate(noSelf);
		assertThat(result.value()).isEqualByComparingTo(expected);
	}

	@Test
	void previewShowsWhoLacksWhat() {
		ScoreFormula formula = ScoreFormula.parse("0.5*kpi + 0.5*okr", VARIABLES);
		List<FormulaResult> results = formula.preview(List.of(components("kpi=1 okr=0.5"), components("okr=0.5"),
				components("manager=2")));
		assertThat(results).extracting(FormulaResult::toString).containsExactly("0.75", "0.50",
				"not computable, missing [kpi, okr]");
	}

}
