package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What formulas compute when every component is there: precedence, functions, conditions, exact decimals. */
class ScoreFormulaTests {

	static final Set<String> VARIABLES = Set.of("kpi", "okr", "manager", "self", "peer_2");

	/** kpi 1.25, okr 0.8, manager 4, self 3.5, peer_2 0. */
	static final Map<String, BigDecimal> EMPLOYEE = Map.of("kpi", new BigDecimal("1.25"), "okr",
			new BigDecimal("0.8"), "manager", new BigDecimal("4"), "self", new BigDecimal("3.5"), "peer_2",
			BigDecimal.ZERO);

	static BigDecimal evaluate(String formula) {
		FormulaResult result = ScoreFormula.parse(formula, VARIABLES).evaluate(EMPLOYEE);
		assertThat(result.isComputed()).as(formula + " -> " + result).isTrue();
		return result.value();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# precedence and associativity
			1 + 2 * 3                 | 7
			(1 + 2) * 3               | 9
			10 - 4 - 3                | 3
			10 - (4 - 3)              | 9
			24 / 4 / 2                | 3
			24 / (4 / 2)              | 12
			2 * 3 + 4 * 5             | 26
			1 + 2 * 3 - 4 / 2         | 5
			# unary minus
			-3 + 5                    | 2
			-(3 + 5)                  | -8
			--4                       | 4
			2 * -3                    | -6
			-2 * -3                   | 6
			- kpi                     | -1.25
			5 - -2                    | 7
			# exact decimals
			0.1 + 0.2                 | 0.3
			1 - 0.9                   | 0.1
			0.6 * kpi + 0.3 * manager + 0.1 * self | 2.3
			1 / 3                     | 0.3333333333333333
			2 / 3                     | 0.6666666666666667
			120                       | 120
			# variables
			kpi * 100                 | 125
			peer_2 + okr              | 0.8
			# functions
			min(kpi, okr, manager)    | 0.8
			min(7)                    | 7
			max(kpi, okr, manager)    | 4
			max(-1, -2)               | -1
			avg(kpi, okr, manager)    | 2.016666666666667
			avg(1, 2)                 | 1.5
			round(avg(kpi, okr, manager), 2) | 2.02
			round(2.5, 0)             | 3
			round(-2.5, 0)            | -3
			round(1.005, 2)           | 1.01
			round(1234.5678, 10)      | 1234.5678
			clamp(kpi, 0, 1.2)        | 1.2
			clamp(okr, 0.9, 1.2)      | 0.9
			clamp(1, 0.9, 1.2)        | 1
			clamp(1, 1, 1)            | 1
			# if with comparisons and booleans
			if(kpi >= 1.2, 1.1 * manager, manager) | 4.4
			if(kpi >= 1.3, 1.1 * manager, manager) | 4
			if(kpi > 1.25, 1, 0)      | 0
			if(kpi < 1.25, 1, 0)      | 0
			if(kpi <= 1.25, 1, 0)     | 1
			if(kpi == 1.250, 1, 0)    | 1
			if(kpi != 1.25, 1, 0)     | 0
			if(0.1 + 0.2 == 0.3, 1, 0) | 1
			if(kpi > 1 and okr > 1, 1, 0) | 0
			if(kpi > 1 or okr > 1, 1, 0)  | 1
			if(not okr > 1, 1, 0)     | 1
			if(not (kpi > 1 and okr > 1), 1, 0) | 1
			if(kpi > 2 or okr > 0.5 and manager > 3, 1, 0) | 1
			if((kpi > 2 or okr > 0.5) and manager > 5, 1, 0) | 0
			if(not not kpi > 1, 1, 0) | 1
			if(kpi > 1, if(okr > 1, 2, 3), 4) | 3
			# only the chosen branch is evaluated: no division by zero
			if(peer_2 == 0, 0, kpi / peer_2) | 0
			""")
	void computes(String formula, String expected) {
		assertThat(evaluate(formula)).as(formula).isEqualByComparingTo(expected);
	}

	@Test
	void roundKeepsTheAskedDecimals() {
		assertThat(evaluate("round(2, 2)")).hasToString("2.00");
	}

	@Test
	void divisionByZeroIsAnEvaluationErrorPointingAtTheDivisor() {
		ScoreFormula formula = ScoreFormula.parse("kpi / (okr - okr)", VARIABLES);
		FormulaException error = catchThrowableOfType(FormulaException.class, () -> formula.evaluate(EMPLOYEE));
		assertThat(error.messageKey()).isEqualTo("appraisal.formula.division-by-zero");
		assertThat(error.text()).isEqualTo("okr - okr");
		assertThat(error.position()).isEqualTo(8);
		assertThat(error.arguments()).containsExactly("okr - okr", 8);

		FormulaException byPeer = catchThrowableOfType(FormulaException.class,
				() -> ScoreFormula.parse("1 / peer_2", VARIABLES).evaluate(EMPLOYEE));
		assertThat(byPeer.messageKey()).isEqualTo("appraisal.formula.division-by-zero");
		assertThat(byPeer.position()).isEqualTo(5);
	}

	@Test
	void clampWithCrossedBoundsIsAnEvaluationError() {
		FormulaException error = catchThrowableOfType(FormulaException.class,
				() -> ScoreFormula.parse("clamp(kpi, manager, okr)", VARIABLES).evaluate(EMPLOYEE));
		assertThat(error.messageKey()).isEqualTo("appraisal.formula.invalid-clamp");
		assertThat(error.position()).isEqualTo(1);
	}

	@Test
	void previewGivesEveryEmployeeAResultOrAReason() {
		ScoreFormula formula = ScoreFormula.parse("kpi / okr + manager", VARIABLES);
		Map<String, BigDecimal> noManager = new HashMap<>(EMPLOYEE);
		noManager.put("manager", null);
		Map<String, BigDecimal> zeroOkr = new HashMap<>(EMPLOYEE);
		zeroOkr.put("okr", BigDecimal.ZERO);

		List<FormulaResult> results = formula.preview(List.of(EMPLOYEE, noManager, zeroOkr));

		assertThat(results).hasSize(3);
		assertThat(results.get(0).value()).isEqualByComparingTo("5.5625");
		assertThat(results.get(0).reasonKey()).isNull();
		assertThat(results.get(1).isComputed()).isFalse();
		assertThat(results.get(1).missingVariable()).isEqualTo("manager");
		assertThat(results.get(1).reasonKey()).isEqualTo("appraisal.formula.missing-component");
		assertThat(results.get(2).isComputed()).isFalse();
		assertThat(results.get(2).error().messageKey()).isEqualTo("appraisal.formula.division-by-zero");
		assertThat(results.get(2).reasonKey()).isEqualTo("appraisal.formula.division-by-zero");
	}

	@Test
	void aParsedFormulaKnowsItsTextAndVariables() {
		ScoreFormula formula = ScoreFormula.parse("0.5 * kpi + 0.5 * okr", VARIABLES);
		assertThat(formula.text()).isEqualTo("0.5 * kpi + 0.5 * okr");
		assertThat(formula.variables()).isEqualTo(VARIABLES);
		assertThat(formula.isWeightedSum()).isTrue();
		assertThat(ScoreFormula.parse("round(0.5 * kpi + 0.5 * okr, 2)", VARIABLES).isWeightedSum()).isFalse();
	}

}
