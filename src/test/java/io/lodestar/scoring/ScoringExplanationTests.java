package io.lodestar.scoring;

import static io.lodestar.scoring.Direction.AT_LEAST;
import static io.lodestar.scoring.Direction.DECREASE;
import static io.lodestar.scoring.Direction.DONE;
import static io.lodestar.scoring.Direction.INCREASE;
import static io.lodestar.scoring.Direction.RANGE;
import static io.lodestar.scoring.Rules.number;
import static io.lodestar.scoring.Rules.rule;
import static io.lodestar.scoring.Rules.tita;
import static io.lodestar.scoring.ScoringMethod.BAND;
import static io.lodestar.scoring.ScoringMethod.BINARY;
import static io.lodestar.scoring.ScoringMethod.PROGRESS;
import static io.lodestar.scoring.ScoringMethod.RATIO;
import static io.lodestar.scoring.ScoringMethod.THRESHOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.lodestar.scoring.Explanation.Note;

/**
 * "Explain this number": the formula, the named inputs, the substituted arithmetic (exact strings) and the notes;
 * every key an explanation can carry exists in English and Chinese.
 */
class ScoringExplanationTests {

	static Explanation explain(Rules rule, String actual) {
		return Scoring.score(rule.build(), number(actual)).explanation();
	}

	@Test
	void lossRateReducedFromSevenToBelowFourPercent() {
		Explanation explanation = explain(rule(DECREASE, PROGRESS).baseline("7").target("4"), "3.5");

		assertThat(explanation.formulaKey()).isEqualTo("scoring.formula.progress-decrease");
		assertThat(explanation.expression()).isEqualTo("(7 − 3.5) ÷ (7 − 4) = 1.1667");
		assertThat(explanation.inputs()).containsExactly(entry("actual", number("3.5")), entry("baseline", number("7")),
				entry("target", number("4")));
		assertThat(explanation.notes()).isEmpty();
	}

	@Test
	void expressionsSubstituteTheInputsWithoutTrailingZeros() {
		assertThat(explain(rule(INCREASE, PROGRESS).baseline("50.00").target("100.0"), "80.000").expression())
			.isEqualTo("(80 − 50) ÷ (100 − 50) = 0.6");
		assertThat(explain(rule(INCREASE, PROGRESS).baseline("-20").target("10"), "-5").expression())
			.isEqualTo("(−5 − (−20)) ÷ (10 − (−20)) = 0.5");
		assertThat(explain(rule(INCREASE, RATIO).target("3"), "2").expression()).isEqualTo("2 ÷ 3 = 0.6667");
		assertThat(explain(rule(DECREASE, RATIO).target("4"), "5").expression()).isEqualTo("4 ÷ 5 = 0.8");
		assertThat(explain(rule(INCREASE, RATIO).target("-100"), "-50").expression())
			.isEqualTo("1 + (−50 − (−100)) ÷ 100 = 1.5");
		assertThat(explain(rule(DECREASE, RATIO).target("-100"), "-150").expression())
			.isEqualTo("1 + (−100 − (−150)) ÷ 100 = 1.5");
		assertThat(explain(rule(INCREASE, RATIO).target("0"), "-0.3").expression()).isEqualTo("1 + (−0.3) = 0.7");
		assertThat(explain(rule(DECREASE, RATIO).target("0"), "3").expression()).isEqualTo("1 − 3 = −2");
		assertThat(explain(rule(DONE, BINARY), "1").expression()).isEqualTo("1 = 1 ✓ ⇒ 1");
		assertThat(explain(rule(DONE, BINARY), "0").expression()).isEqualTo("0 = 1 ✗ ⇒ 0");
	}

	@Test
	void thresholdsShowTheConditionAndWhetherItHolds() {
		assertThat(explain(rule(AT_LEAST, THRESHOLD).target("95"), "95").expression()).isEqualTo("95 ≥ 95 ✓ ⇒ 1");
		assertThat(explain(rule(AT_LEAST, THRESHOLD).target("95").strict(), "95").expression())
			.isEqualTo("95 > 95 ✗ ⇒ 0");
		assertThat(explain(rule(RANGE, THRESHOLD).range("20", "30"), "25").expression())
			.isEqualTo("20 ≤ 25 ≤ 30 ✓ ⇒ 1");
		assertThat(explain(rule(RANGE, THRESHOLD).range("20", "30").strict(), "30").expression())
			.isEqualTo("20 < 30 < 30 ✗ ⇒ 0");
	}

	@Test
	void bandShowsTheDistanceOverTheTolerance() {
		Explanation below = explain(rule(RANGE, BAND).range("20", "30").tolerance("5"), "18");
		Explanation far = explain(rule(RANGE, BAND).range("20", "30").tolerance("5"), "40");
		Explanation noTolerance = explain(rule(RANGE, BAND).range("20", "30").tolerance("0"), "31");

		assertThat(below.expression()).isEqualTo("max(0, 1 − (20 − 18) ÷ 5) = 0.6");
		assertThat(below.inputs()).containsKeys("rangeLow", "rangeHigh", "tolerance");
		assertThat(far.expression()).isEqualTo("max(0, 1 − (40 − 30) ÷ 5) = 0");
		assertThat(noTolerance.expression()).isEqualTo("20 ≤ 31 ≤ 30 ✗ ⇒ 0");
		assertThat(noTolerance.notes()).containsExactly(new Note("scoring.note.zero-tolerance", List.of()));
	}

	@Test
	void piecewiseShowsTheRatioAndTheStepTaken() {
		Explanation factor = explain(tita(INCREASE, "100"), "85");
		Explanation fixed = explain(tita(DECREASE, "4"), "4.4");
		Explanation below = explain(tita(INCREASE, "100").cap("1.2"), "-5");

		assertThat(factor.expression()).isEqualTo("r = 85 ÷ 100 = 0.85; 0.85 ≥ 0.8 ⇒ 0.85 × 0.8 = 0.68");
		assertThat(factor.inputs()).contains(entry("ratio", number("0.850000")), entry("stepFrom", number("0.8")),
				entry("stepFactor", number("0.8")));
		assertThat(factor.notes()).containsExactly(new Note("scoring.formula.ratio", List.of()));
		assertThat(fixed.expression()).isEqualTo("r = 4 ÷ 4.4 = 0.909091; 0.909091 ≥ 0.9 ⇒ 1");
		assertThat(fixed.inputs()).containsEntry("stepFixed", number("1"));
		assertThat(below.expression()).isEqualTo("r = −5 ÷ 100 = −0.05; −0.05 < 0 ⇒ 0");
		assertThat(below.notes()).contains(new Note("scoring.note.below-all-steps", List.of("0")));
	}

	@Test
	void capsAndFloorsAreNotedWithTheirValues() {
		Completion capped = Scoring.score(rule(INCREASE, RATIO).target("100").cap("1.20").build(), number("150"));
		Completion floored = Scoring.score(rule(DECREASE, PROGRESS).baseline("7").target("4").floor("0").build(),
				number("8"));
		Completion within = Scoring.score(rule(INCREASE, RATIO).target("100").cap("1.2").floor("0").build(),
				number("90"));

		assertThat(capped.explanation().expression()).isEqualTo("150 ÷ 100 = 1.5");
		assertThat(capped.explanation().notes()).containsExactly(new Note("scoring.note.capped", List.of("1.2")));
		assertThat(capped.explanation().inputs()).containsEntry("cap", number("1.20"));
		assertThat(floored.explanation().expression()).isEqualTo("(7 − 8) ÷ (7 − 4) = −0.3333");
		assertThat(floored.explanation().notes()).containsExactly(new Note("scoring.note.floored", List.of("0")));
		assertThat(within.explanation().notes()).isEmpty();
		assertThat(within.explanation().inputs()).containsKeys("cap", "floor");
	}

	@Test
	void specialRatioRulesExplainThemselves() {
		Explanation perfect = explain(rule(DECREASE, RATIO).target("4"), "0");
		Explanation perfectCapped = explain(rule(DECREASE, RATIO).target("4").cap("1.5"), "0");
		Explanation zeroTarget = explain(rule(INCREASE, RATIO).target("0"), "2");

		assertThat(perfect.expression()).isEqualTo("0 ≤ 0 ⇒ 2");
		assertThat(perfect.notes()).containsExactly(new Note("scoring.note.perfect-without-cap", List.of()));
		assertThat(perfectCapped.expression()).isEqualTo("0 ≤ 0 ⇒ 1.5");
		assertThat(perfectCapped.notes()).isEmpty();
		assertThat(zeroTarget.formulaKey()).isEqualTo("scoring.formula.ratio-zero-target");
		assertThat(zeroTarget.notes()).containsExactly(new Note("scoring.note.zero-target", List.of()));
	}

	@Test
	void everyKeyAnExplanationCanCarryExistsInBothLanguages() throws IOException {
		Set<String> keys = new TreeSet<>();
		ScoringTests.table().forEach(row -> {
			Explanation explanation = Scoring.score(row.rule().build(), number(row.actual())).explanation();
			keys.add(explanation.formulaKey());
			explanation.notes().forEach(note -> keys.add(note.key()));
			explanation.inputs().keySet().forEach(input -> keys.add("scoring.input." + input));
		});
		for (Direction direction : Direction.values()) {
			keys.add("scoring.direction." + direction);
		}
		for (ScoringMethod method : ScoringMethod.values()) {
			keys.add("scoring.method." + method);
		}
		for (Aggregation aggregation : Aggregation.values()) {
			keys.add("scoring.aggregation." + aggregation);
		}
		Properties english = bundle("messages/scoring.properties");
		Properties chinese = bundle("messages/scoring_zh_CN.properties");

		assertThat(keys).contains("scoring.formula.progress", "scoring.formula.band", "scoring.note.capped",
				"scoring.note.floored", "scoring.note.zero-target", "scoring.note.below-all-steps",
				"scoring.input.stepFactor");
		assertThat(keys).allSatisfy(key -> {
			assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
			assertThat(chinese.getProperty(key)).as("zh-CN " + key).isNotBlank();
		});
	}

	@Test
	void everyMessageFormatsWithItsArguments() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String name : List.of("messages/scoring.properties", "messages/scoring_zh_CN.properties")) {
			Properties messages = bundle(name);
			for (String key : messages.stringPropertyNames()) {
				String pattern = messages.getProperty(key);
				String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] { "A0", "A1" });
				boolean usesArguments = pattern.contains("{0}");
				if (usesArguments && !formatted.contains("A0") || pattern.contains("{1}") && !formatted.contains("A1")
						|| formatted.contains("{") || (usesArguments && pattern.contains("'") && !pattern.contains("''"))) {
					problems.add(name + " " + key + ": " + formatted);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void explanationsAreImmutable() {
		Explanation explanation = explain(rule(INCREASE, RATIO).target("1"), "1");

		assertThat(explanation.inputs()).isUnmodifiable();
		assertThat(explanation.notes()).isUnmodifiable();
		assertThat(explanation.inputs().get("actual")).isEqualTo(BigDecimal.ONE);
	}

	static Properties bundle(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ScoringExplanationTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
