package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Random formulas from a small generator (seeded, so a failure can be replayed) and random employees: parsing
 * and evaluating either succeed or fail with a {@link FormulaException}, never with anything else (no
 * NullPointerException, ArithmeticException, StackOverflowError, ...). Mutated formulas (a character dropped,
 * duplicated or replaced) hold the same promise.
 */
class ScoreFormulaPropertyTests {

	static final List<String> VARIABLES = List.of("kpi", "okr", "manager", "self");

	static final String[] COMPARISONS = { "<", "<=", ">", ">=", "==", "!=" };

	final Random random = new Random(20240611L);

	@Test
	void randomValidFormulasOnlyEverFailWithAFormulaException() {
		int parsed = 0;
		int computed = 0;
		for (int i = 0; i < 1000; i++) {
			String formula = number(0);
			ScoreFormula parsedFormula = attemptParse(formula);
			if (parsedFormula == null) {
				continue;
			}
			parsed++;
			for (int employee = 0; employee < 5; employee++) {
				FormulaResult result = attemptEvaluate(parsedFormula, employee());
				if (result != null && result.isComputed()) {
					computed++;
				}
			}
		}
		// the generator writes valid formulas; only the size limits may reject a few of them
		assertThat(parsed).isGreaterThan(900);
		assertThat(computed).isGreaterThan(500);
	}

	@Test
	void mutatedFormulasOnlyEverFailWithAFormulaException() {
		String alphabet = "0123456789.+-*/<>=!(),abkpiorselfmanagerxyz #$'\"[]{};_";
		for (int i = 0; i < 1000; i++) {
			StringBuilder formula = new StringBuilder(number(0));
			int at = random.nextInt(formula.length());
			switch (random.nextInt(3)) {
				case 0 -> formula.deleteCharAt(at);
				case 1 -> formula.insert(at, formula.charAt(at));
				default -> formula.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
			}
			ScoreFormula parsed = attemptParse(formula.toString());
			if (parsed != null) {
				attemptEvaluate(parsed, employee());
			}
		}
	}

	private ScoreFormula attemptParse(String formula) {
		try {
			return ScoreFormula.parse(formula, Set.copyOf(VARIABLES));
		}
		catch (FormulaException expected) {
			assertThat(expected.position()).as(formula).isBetween(1, formula.length() + 1);
			assertThat(expected.messageKey()).startsWith("appraisal.formula.");
			return null;
		}
		catch (Throwable unexpected) {
			return fail("parsing " + formula + " threw " + unexpected, unexpected);
		}
	}

	private FormulaResult attemptEvaluate(ScoreFormula formula, Map<String, BigDecimal> employee) {
		try {
			FormulaResult result = formula.evaluate(employee);
			assertThat(result.isComputed() ^ !result.missingVariables().isEmpty()).as(formula.text()).isTrue();
			return result;
		}
		catch (FormulaException expected) {
			return null;
		}
		catch (Throwable unexpected) {
			return fail("evaluating " + formula + " with " + employee + " threw " + unexpected, unexpected);
		}
	}

	/** Components from 0 to 2 with up to 3 decimals; each missing one time in six, sometimes as a null. */
	private Map<String, BigDecimal> employee() {
		Map<String, BigDecimal> employee = new HashMap<>();
		for (String variable : VARIABLES) {
			int dice = random.nextInt(12);
			if (dice == 0) {
				employee.put(variable, null);
			}
			else if (dice > 1) {
				employee.put(variable, BigDecimal.valueOf(random.nextInt(2001), 3));
			}
		}
		return employee;
	}

	private String number(int depth) {
		int choice = depth > 4 ? random.nextInt(2) : random.nextInt(12);
		return switch (choice) {
			case 0 -> literal();
			case 1 -> VARIABLES.get(random.nextInt(VARIABLES.size()));
			case 2 -> "-" + number(depth + 1);
			case 3 -> "(" + number(depth + 1) + ")";
			case 4 -> number(depth + 1) + " " + "+-*/".charAt(random.nextInt(4)) + " " + number(depth + 1);
			case 5 -> weightedSum();
			case 6 -> "min(" + numbers(depth) + ")";
			case 7 -> "max(" + numbers(depth) + ")";
			case 8 -> "avg(" + numbers(depth) + ")";
			case 9 -> "round(" + number(depth + 1) + ", " + random.nextInt(11) + ")";
			case 10 -> "clamp(" + number(depth + 1) + ", " + literal() + ", " + number(depth + 1) + ")";
			default -> "if(" + condition(depth + 1) + ", " + number(depth + 1) + ", " + number(depth + 1) + ")";
		};
	}

	private String numbers(int depth) {
		StringBuilder arguments = new StringBuilder(number(depth + 1));
		for (int i = random.nextInt(3); i > 0; i--) {
			arguments.append(", ").append(number(depth + 1));
		}
		return arguments.toString();
	}

	private String condition(int depth) {
		int choice = depth > 4 ? 0 : random.nextInt(5);
		return switch (choice) {
			case 1 -> condition(depth + 1) + " and " + condition(depth + 1);
			case 2 -> condition(depth + 1) + " or " + condition(depth + 1);
			case 3 -> "not " + condition(depth + 1);
			case 4 -> "(" + condition(depth + 1) + ")";
			default -> number(depth + 1) + " " + COMPARISONS[random.nextInt(COMPARISONS.length)] + " "
					+ number(depth + 1);
		};
	}

	private String weightedSum() {
		StringBuilder sum = new StringBuilder();
		for (String variable : VARIABLES) {
			if (random.nextBoolean() || sum.length() == 0) {
				sum.append(sum.length() == 0 ? "" : " + ").append(literal()).append(" * ").append(variable);
			}
		}
		return sum.toString();
	}

	private String literal() {
		return random.nextInt(5) == 0 ? String.valueOf(random.nextInt(200))
				: BigDecimal.valueOf(random.nextInt(1000), random.nextInt(4)).toPlainString();
	}

}
