package io.lodestar.scoring;

import static io.lodestar.scoring.Direction.AT_LEAST;
import static io.lodestar.scoring.Direction.AT_MOST;
import static io.lodestar.scoring.Direction.DECREASE;
import static io.lodestar.scoring.Direction.DONE;
import static io.lodestar.scoring.Direction.INCREASE;
import static io.lodestar.scoring.Direction.RANGE;
import static io.lodestar.scoring.Rules.number;
import static io.lodestar.scoring.Rules.rule;
import static io.lodestar.scoring.Rules.tita;
import static io.lodestar.scoring.ScoringMethod.BAND;
import static io.lodestar.scoring.ScoringMethod.BINARY;
import static io.lodestar.scoring.ScoringMethod.PIECEWISE;
import static io.lodestar.scoring.ScoringMethod.PROGRESS;
import static io.lodestar.scoring.ScoringMethod.RATIO;
import static io.lodestar.scoring.ScoringMethod.THRESHOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid direction × method, each with actuals below, at and above the target (or inside, on the edges
 * and outside the range), the special ratio rules for zero and negative targets, caps and floors. One row: the
 * rule, the actual, the completion after cap and floor, and the raw completion before them.
 */
class ScoringTests {

	/** One row of the table. */
	record Case(Rules rule, String actual, String value, String raw, String formula) {

		Case formula(String key) {
			return new Case(rule, actual, value, raw, key);
		}

		@Override
		public String toString() {
			return rule + " " + describe(rule.build()) + " | actual " + actual + " → " + value
					+ (raw.equals(value) ? "" : " (raw " + raw + ")");
		}

	}

	static Case row(Rules rule, String actual, String value) {
		return new Case(rule, actual, value, value, null);
	}

	static Case row(Rules rule, String actual, String value, String raw) {
		return new Case(rule, actual, value, raw, null);
	}

	static Stream<Case> table() {
		return Stream.of(
				// INCREASE × RATIO: a ÷ t
				row(rule(INCREASE, RATIO).target("100"), "80", "0.8"),
				row(rule(INCREASE, RATIO).target("100"), "100", "1"),
				row(rule(INCREASE, RATIO).target("100"), "120", "1.2"),
				row(rule(INCREASE, RATIO).target("3"), "2", "0.6667"),
				row(rule(INCREASE, RATIO).target("100").cap("1.2"), "150", "1.2", "1.5"),
				row(rule(INCREASE, RATIO).target("100").floor("0"), "-20", "0", "-0.2"),
				row(rule(INCREASE, RATIO).target("100"), "-20", "-0.2").formula("scoring.formula.ratio"),
				// INCREASE × RATIO, target 0: 1 + a
				row(rule(INCREASE, RATIO).target("0"), "0", "1").formula("scoring.formula.ratio-zero-target"),
				row(rule(INCREASE, RATIO).target("0"), "0.5", "1.5"),
				row(rule(INCREASE, RATIO).target("0"), "-0.3", "0.7"),
				row(rule(INCREASE, RATIO).target("0").cap("1.5").floor("0"), "20", "1.5", "21"),
				// INCREASE × RATIO, negative target: 1 + (a − t) ÷ |t|
				row(rule(INCREASE, RATIO).target("-100"), "-150", "0.5")
					.formula("scoring.formula.ratio-negative-target"),
				row(rule(INCREASE, RATIO).target("-100"), "-100", "1"),
				row(rule(INCREASE, RATIO).target("-100"), "-50", "1.5"),
				row(rule(INCREASE, RATIO).target("-100"), "20", "2.2"),
				// INCREASE × PROGRESS: (a − b) ÷ (t − b)
				row(rule(INCREASE, PROGRESS).baseline("50").target("100"), "40", "-0.2")
					.formula("scoring.formula.progress"),
				row(rule(INCREASE, PROGRESS).baseline("50").target("100").floor("0"), "40", "0", "-0.2"),
				row(rule(INCREASE, PROGRESS).baseline("50").target("100"), "50", "0"),
				row(rule(INCREASE, PROGRESS).baseline("50").target("100"), "75", "0.5"),
				row(rule(INCREASE, PROGRESS).baseline("50").target("100"), "100", "1"),
				row(rule(INCREASE, PROGRESS).baseline("50").target("100"), "110", "1.2"),
				row(rule(INCREASE, PROGRESS).baseline("50").target("100").cap("1.1"), "110", "1.1", "1.2"),
				row(rule(INCREASE, PROGRESS).baseline("-20").target("10"), "-5", "0.5"),
				// INCREASE × PIECEWISE (Tita), ratio a ÷ t, at and around every step boundary
				row(tita(INCREASE, "100"), "120", "1").formula("scoring.formula.piecewise"),
				row(tita(INCREASE, "100"), "90", "1"),
				row(tita(INCREASE, "100"), "89.9", "0.7192"),
				row(tita(INCREASE, "100"), "80", "0.64"),
				row(tita(INCREASE, "100"), "79.9", "0.6"),
				row(tita(INCREASE, "100"), "60", "0.6"),
				row(tita(INCREASE, "100"), "59.9", "0"),
				row(tita(INCREASE, "100"), "0", "0"),
				row(tita(INCREASE, "100"), "-5", "0"),
				row(rule(INCREASE, PIECEWISE).target("100").fixed("0.5", "0.5").fixed("1", "1.5").cap("1.2"), "100", "1.2",
						"1.5"),
				row(rule(INCREASE, PIECEWISE).target("100").fixed("0.5", "0.5").floor("0.2"), "30", "0.2", "0"),
				// DECREASE × RATIO: t ÷ a
				row(rule(DECREASE, RATIO).target("4"), "5", "0.8").formula("scoring.formula.ratio-inverse"),
				row(rule(DECREASE, RATIO).target("4"), "4", "1"),
				row(rule(DECREASE, RATIO).target("4"), "3", "1.3333"),
				row(rule(DECREASE, RATIO).target("4").cap("1.2"), "3", "1.2", "1.3333"),
				// DECREASE × RATIO, actual ≤ 0 with a positive target: the cap, or 2 without one
				row(rule(DECREASE, RATIO).target("4"), "0", "2").formula("scoring.formula.ratio-perfect"),
				row(rule(DECREASE, RATIO).target("4"), "-1", "2"),
				row(rule(DECREASE, RATIO).target("4").cap("1.5"), "0", "1.5"),
				// DECREASE × RATIO, target 0: 1 − a
				row(rule(DECREASE, RATIO).target("0"), "0", "1").formula("scoring.formula.ratio-zero-target-inverse"),
				row(rule(DECREASE, RATIO).target("0"), "0.2", "0.8"),
				row(rule(DECREASE, RATIO).target("0"), "3", "-2"),
				row(rule(DECREASE, RATIO).target("0").floor("0"), "3", "0", "-2"),
				row(rule(DECREASE, RATIO).target("0"), "-0.5", "1.5"),
				// DECREASE × RATIO, negative target: 1 + (t − a) ÷ |t|
				row(rule(DECREASE, RATIO).target("-100"), "-50", "0.5")
					.formula("scoring.formula.ratio-negative-target-inverse"),
				row(rule(DECREASE, RATIO).target("-100"), "-100", "1"),
				row(rule(DECREASE, RATIO).target("-100"), "-150", "1.5"),
				// DECREASE × PROGRESS: the loss-rate example 7 % → 4 %, actual 3.5 % = 117 %
				row(rule(DECREASE, PROGRESS).baseline("7").target("4"), "3.5", "1.1667")
					.formula("scoring.formula.progress-decrease"),
				row(rule(DECREASE, PROGRESS).baseline("7").target("4"), "4", "1"),
				row(rule(DECREASE, PROGRESS).baseline("7").target("4"), "5.5", "0.5"),
				row(rule(DECREASE, PROGRESS).baseline("7").target("4"), "7", "0"),
				row(rule(DECREASE, PROGRESS).baseline("7").target("4"), "8", "-0.3333"),
				row(rule(DECREASE, PROGRESS).baseline("7").target("4").floor("0"), "8", "0", "-0.3333"),
				row(rule(DECREASE, PROGRESS).baseline("7").target("4").cap("1.1"), "3.5", "1.1", "1.1667"),
				// DECREASE × PIECEWISE (Tita), ratio t ÷ a
				row(tita(DECREASE, "4"), "4", "1"),
				row(tita(DECREASE, "4"), "4.4", "1"),
				row(tita(DECREASE, "4"), "4.5", "0.7111"),
				row(tita(DECREASE, "4"), "5", "0.64"),
				row(tita(DECREASE, "4"), "6", "0.6"),
				row(tita(DECREASE, "4"), "10", "0"),
				row(tita(DECREASE, "4"), "0", "1"),
				// AT_LEAST × THRESHOLD: a ≥ t (inclusive) or a > t (strict)
				row(rule(AT_LEAST, THRESHOLD).target("95"), "94.99", "0")
					.formula("scoring.formula.threshold-at-least"),
				row(rule(AT_LEAST, THRESHOLD).target("95"), "95", "1"),
				row(rule(AT_LEAST, THRESHOLD).target("95"), "99", "1"),
				row(rule(AT_LEAST, THRESHOLD).target("95").strict(), "95", "0")
					.formula("scoring.formula.threshold-at-least-strict"),
				row(rule(AT_LEAST, THRESHOLD).target("95").strict(), "95.01", "1"),
				row(rule(AT_LEAST, THRESHOLD).target("95").floor("0.3"), "90", "0.3", "0"),
				row(rule(AT_LEAST, THRESHOLD).target("95").cap("0.9"), "99", "0.9", "1"),
				// AT_LEAST × RATIO and PIECEWISE
				row(rule(AT_LEAST, RATIO).target("95"), "90.25", "0.95"),
				row(rule(AT_LEAST, RATIO).target("95"), "95", "1"),
				row(rule(AT_LEAST, RATIO).target("95").cap("1"), "99.75", "1", "1.05"),
				row(tita(AT_LEAST, "95"), "85.5", "1"),
				row(tita(AT_LEAST, "95"), "76", "0.64"),
				row(tita(AT_LEAST, "95"), "50", "0"),
				// AT_MOST × THRESHOLD: a ≤ t (inclusive) or a < t (strict)
				row(rule(AT_MOST, THRESHOLD).target("2"), "1", "1").formula("scoring.formula.threshold-at-most"),
				row(rule(AT_MOST, THRESHOLD).target("2"), "2", "1"),
				row(rule(AT_MOST, THRESHOLD).target("2"), "2.01", "0"),
				row(rule(AT_MOST, THRESHOLD).target("2").strict(), "2", "0")
					.formula("scoring.formula.threshold-at-most-strict"),
				row(rule(AT_MOST, THRESHOLD).target("2").strict(), "1.99", "1"),
				// AT_MOST × RATIO and PIECEWISE
				row(rule(AT_MOST, RATIO).target("2"), "4", "0.5"),
				row(rule(AT_MOST, RATIO).target("2"), "2", "1"),
				row(rule(AT_MOST, RATIO).target("2").cap("1.5"), "1", "1.5", "2"),
				row(rule(AT_MOST, RATIO).target("2").cap("1.3"), "0", "1.3"),
				row(tita(AT_MOST, "2"), "2.5", "0.64"),
				row(tita(AT_MOST, "2"), "1", "1"),
				row(tita(AT_MOST, "2"), "5", "0"),
				// RANGE × THRESHOLD: inside [low, high] or (low, high)
				row(rule(RANGE, THRESHOLD).range("20", "30"), "19.9", "0").formula("scoring.formula.threshold-range"),
				row(rule(RANGE, THRESHOLD).range("20", "30"), "20", "1"),
				row(rule(RANGE, THRESHOLD).range("20", "30"), "25", "1"),
				row(rule(RANGE, THRESHOLD).range("20", "30"), "30", "1"),
				row(rule(RANGE, THRESHOLD).range("20", "30"), "30.1", "0"),
				row(rule(RANGE, THRESHOLD).range("20", "30").strict(), "20", "0")
					.formula("scoring.formula.threshold-range-strict"),
				row(rule(RANGE, THRESHOLD).range("20", "30").strict(), "30", "0"),
				row(rule(RANGE, THRESHOLD).range("20", "30").strict(), "25", "1"),
				// RANGE × BAND: 1 inside, then falling over the tolerance, never below 0
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "25", "1").formula("scoring.formula.band"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "20", "1"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "30", "1"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "18", "0.6"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "33", "0.4"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "15", "0"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "35", "0"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "0", "0"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5"), "100", "0"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("0"), "19.99", "0"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("0"), "20", "1"),
				row(rule(RANGE, BAND).range("25", "25").tolerance("5"), "26", "0.8"),
				row(rule(RANGE, BAND).range("20", "30").tolerance("5").floor("0.5"), "10", "0.5", "0"),
				// DONE × BINARY
				row(rule(DONE, BINARY), "1", "1").formula("scoring.formula.binary"),
				row(rule(DONE, BINARY), "1.00", "1"),
				row(rule(DONE, BINARY), "0", "0"),
				row(rule(DONE, BINARY).floor("0.2"), "0", "0.2", "0"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void scoresEveryDirectionAndMethod(Case row) {
		Completion completion = Scoring.score(row.rule().build(), number(row.actual()));

		assertThat(completion.value()).as("completion").isEqualByComparingTo(row.value());
		assertThat(completion.raw()).as("raw completion").isEqualByComparingTo(row.raw());
		assertThat(completion.value().scale()).as("completion decimals").isEqualTo(Scoring.SCALE);
		assertThat(completion.raw().scale()).as("raw decimals").isEqualTo(Scoring.SCALE);
		assertThat(completion.explanation().inputs()).containsEntry("actual", number(row.actual()));
		assertThat(completion.explanation().expression()).isNotBlank();
		if (row.formula() != null) {
			assertThat(completion.explanation().formulaKey()).isEqualTo(row.formula());
		}
	}

	@Test
	void theTableCoversEveryValidDirectionAndMethod() {
		Set<String> covered = table().map(row -> row.rule().toString()).collect(Collectors.toSet());
		Set<String> valid = EnumSet.allOf(Direction.class)
			.stream()
			.flatMap(direction -> Scoring.methodsFor(direction).stream().map(method -> direction + " " + method))
			.collect(Collectors.toSet());

		assertThat(valid).hasSize(15);
		assertThat(covered).isEqualTo(valid);
	}

	@Test
	void completionsAreRoundedHalfUpOnceAtTheEnd() {
		// 1 ÷ 3 × 3 would be 0.9999 if the ratio were rounded first
		Completion third = Scoring.score(rule(INCREASE, PIECEWISE).target("3").factor("0", "3").build(), number("1"));
		Completion half = Scoring.score(rule(INCREASE, RATIO).target("100000").build(), number("12345"));
		Completion negativeHalf = Scoring.score(rule(INCREASE, RATIO).target("100000").build(), number("-12345"));

		assertThat(third.value()).isEqualTo(number("1.0000"));
		assertThat(half.value()).isEqualTo(number("0.1235"));
		assertThat(negativeHalf.value()).isEqualTo(number("-0.1235"));
	}

	@Test
	void ratioIsTheActualAgainstTheTargetBeforeCapAndFloor() {
		assertThat(Scoring.ratio(rule(INCREASE, PROGRESS).baseline("50").target("100").cap("1").build(), number("150")))
			.isEqualTo(number("1.5000"));
		assertThat(Scoring.ratio(rule(AT_MOST, THRESHOLD).target("4").build(), number("5"))).isEqualTo(number("0.8000"));
		assertThat(Scoring.ratio(rule(DECREASE, RATIO).target("-100").build(), number("-150")))
			.isEqualTo(number("1.5000"));
		assertThat(Scoring.ratio(rule(RANGE, BAND).range("1", "2").tolerance("1").build(), number("1"))).isNull();
		assertThat(Scoring.ratio(rule(DONE, BINARY).build(), number("1"))).isNull();
	}

	static String describe(ScoringRule rule) {
		StringBuilder text = new StringBuilder();
		append(text, "baseline", rule.baseline());
		append(text, "target", rule.target());
		if (rule.rangeLow() != null) {
			text.append(" range ").append(rule.rangeLow()).append("–").append(rule.rangeHigh());
		}
		append(text, "tolerance", rule.tolerance());
		if (!rule.steps().isEmpty()) {
			text.append(" steps ").append(rule.steps().size());
		}
		if (!rule.inclusive()) {
			text.append(" strict");
		}
		append(text, "cap", rule.cap());
		append(text, "floor", rule.floor());
		return text.toString().trim();
	}

	private static void append(StringBuilder text, String name, Object value) {
		if (value != null) {
			text.append(' ').append(name).append(' ').append(value);
		}
	}

}
