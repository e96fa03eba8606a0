package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everything that is not the language is rejected at parse time, with a message key, the offending text and
 * its 1-based position: sandbox escapes (code, strings, member access, assignment), limits, and plain
 * mistakes.
 */
class ScoreFormulaRejectionTests {

	static final Set<String> VARIABLES = Set.of("kpi", "okr", "manager", "self");

	static FormulaException rejection(String formula) {
		FormulaException error = catchThrowableOfType(FormulaException.class,
				() -> ScoreFormula.parse(formula, VARIABLES));
		assertThat(error).as("parsing " + formula).isNotNull();
		return error;
	}

	@ParameterizedTest(name = "[{0}] -> {1} \"{2}\" at {3}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			# sandbox escapes
			Runtime.getRuntime()              | unexpected-character | .          | 8
			java.lang.System.exit(0)          | unexpected-character | .          | 5
			T(java.lang.Runtime)              | unexpected-character | .          | 7
			T(kpi)                            | unknown-function     | T          | 1
			Runtime                           | unknown-variable     | Runtime    | 1
			`#this`                           | unexpected-character | #          | 1
			${x}                              | unexpected-character | $          | 1
			"string"                          | unexpected-character | "          | 1
			'a'                               | unexpected-character | '          | 1
			a = 1                             | unexpected-character | =          | 3
			kpi = 1                           | unexpected-character | =          | 5
			kpi.class                         | unexpected-character | .          | 4
			x[0]                              | unexpected-character | [          | 2
			kpi[0]                            | unexpected-character | [          | 4
			{kpi}                             | unexpected-character | {          | 1
			new Object()                      | unknown-variable     | new        | 1
			kpi; okr                          | unexpected-character | ;          | 4
			;                                 | unexpected-character | ;          | 1
			kpi @ okr                         | unexpected-character | @          | 5
			!kpi                              | unexpected-character | !          | 1
			kpi & okr                         | unexpected-character | &          | 5
			kpi ^ 2                           | unexpected-character | ^          | 5
			kpi % 2                           | unexpected-character | %          | 5
			kpi ? 1 : 2                       | unexpected-character | ?          | 5
			getClass()                        | unknown-function     | getClass   | 1
			exec(kpi)                         | unknown-function     | exec       | 1
			kpi(1)                            | unknown-function     | kpi        | 1
			for(kpi)                          | unknown-function     | for        | 1
			# numbers
			1.                                | invalid-number       | 1.         | 1
			kpi + 1.x                         | invalid-number       | 1.         | 7
			.5                                | unexpected-character | .          | 1
			1e5                               | unexpected-token     | e5         | 2
			# names
			foo                               | unknown-variable     | foo        | 1
			kpi + Kpi                         | unknown-variable     | Kpi        | 7
			_kpi                              | unexpected-character | _          | 1
			min                               | unknown-variable     | min        | 1
			sqrt(kpi)                         | unknown-function     | sqrt       | 1
			# syntax
			kpi kpi                           | unexpected-token     | kpi        | 5
			kpi 2                             | unexpected-token     | 2          | 5
			kpi +                             | unexpected-end       | ``         | 6
			(kpi                              | unexpected-end       | ``         | 5
			kpi)                              | unexpected-token     | )          | 4
			()                                | unexpected-token     | )          | 2
			min()                             | unexpected-token     | )          | 5
			min(kpi,)                         | unexpected-token     | )          | 9
			kpi * * okr                       | unexpected-token     | *          | 7
			+kpi                              | unexpected-token     | +          | 1
			and                               | unexpected-token     | and        | 1
			kpi < okr < 1                     | unexpected-token     | <          | 11
			# types
			kpi > 1                           | not-a-number         | kpi > 1    | 1
			(kpi > 1) + 1                     | not-a-number         | kpi > 1    | 2
			-(kpi > 1)                        | not-a-number         | kpi > 1    | 3
			if(kpi > 1, okr > 1, 2)           | not-a-number         | okr > 1    | 13
			min(kpi > 1, 2)                   | not-a-number         | kpi > 1    | 5
			if(kpi, 1, 2)                     | not-a-condition      | kpi        | 4
			if(not kpi, 1, 2)                 | not-a-condition      | kpi        | 8
			if(kpi > 1 and okr, 1, 2)         | not-a-condition      | okr        | 16
			# arguments
			round(kpi)                        | wrong-argument-count | round      | 1
			round(kpi, 1, 2)                  | wrong-argument-count | round      | 1
			clamp(kpi, 1)                     | wrong-argument-count | clamp      | 1
			if(kpi > 1, 2)                    | wrong-argument-count | if         | 1
			round(kpi, 1.5)                   | invalid-digits       | 1.5        | 12
			round(kpi, 11)                    | invalid-digits       | 11         | 12
			round(kpi, okr)                   | invalid-digits       | okr        | 12
			round(kpi, -1)                    | invalid-digits       | -1         | 12
			# empty
			``                                | empty                | ``         | 1
			`   `                             | empty                | ``         | 1
			""")
	void rejects(String formula, String key, String text, int position) {
		FormulaException error = rejection(formula == null ? "" : formula);
		assertThat(error.messageKey()).isEqualTo("appraisal.formula." + key);
		assertThat(error.text()).isEqualTo(text == null ? "" : text);
		assertThat(error.position()).isEqualTo(position);
	}

	@Test
	void rejectsNestingDeeperThanTheLimit() {
		String ok = "(".repeat(32) + "kpi" + ")".repeat(32);
		assertThat(ScoreFormula.parse(ok, VARIABLES).text()).isEqualTo(ok);

		FormulaException error = rejection("(".repeat(33) + "kpi" + ")".repeat(33));
		assertThat(error.messageKey()).isEqualTo("appraisal.formula.too-deep");
		assertThat(error.position()).isEqualTo(33);

		FormulaException functions = rejection("min(".repeat(33) + "kpi" + ")".repeat(33));
		assertThat(functions.messageKey()).isEqualTo("appraisal.formula.too-deep");
		assertThat(functions.position()).isEqualTo(32 * 4 + 4);

		FormulaException minus = rejection("-".repeat(33) + "kpi");
		assertThat(minus.messageKey()).isEqualTo("appraisal.formula.too-deep");
		assertThat(minus.position()).isEqualTo(33);
	}

	@Test
	void rejectsAFormulaLongerThan500Characters() {
		String exactly500 = "kpi" + " ".repeat(497);
		assertThat(ScoreFormula.parse(exactly500, VARIABLES).text()).hasSize(500);

		FormulaException error = rejection("kpi" + " ".repeat(497) + "+");
		assertThat(error.messageKey()).isEqualTo("appraisal.formula.too-long");
		assertThat(error.position()).isEqualTo(501);
		assertThat(error.text()).isEqualTo("+");
	}

	@Test
	void rejectsMoreThan200Tokens() {
		String exactly200 = "-1" + "+1".repeat(99);
		assertThat(ScoreFormula.parse(exactly200, VARIABLES).evaluate(Map.of()).value()).isEqualByComparingTo("98");

		FormulaException error = rejection("1" + "+1".repeat(100)); // 201 tokens
		assertThat(error.messageKey()).isEqualTo("appraisal.formula.too-many-tokens");
		assertThat(error.text()).isEqualTo("1");
		assertThat(error.position()).isEqualTo(201);
	}

	@Test
	void rejectsANullFormulaAsEmpty() {
		assertThat(rejection(null).messageKey()).isEqualTo("appraisal.formula.empty");
	}

	@Test
	void theWhitelistItselfMustHoldValidVariableNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> ScoreFormula.parse("1", Set.of("Kpi")));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoreFormula.parse("1", Set.of("min")));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoreFormula.parse("1", Set.of("and")));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoreFormula.parse("1", Set.of("a.b")));
	}

}
