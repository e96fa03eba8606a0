package io.lodestar.scoring;

import static io.lodestar.scoring.Direction.AT_LEAST;
import static io.lodestar.scoring.Direction.AT_MOST;
import static io.lodestar.scoring.Direction.DECREASE;
import static io.lodestar.scoring.Direction.DONE;
import static io.lodestar.scoring.Direction.INCREASE;
import static io.lodestar.scoring.Direction.RANGE;
import static io.lodestar.scoring.Rules.number;
import static io.lodestar.scoring.Rules.rule;
import static io.lodestar.scoring.ScoringMethod.BAND;
import static io.lodestar.scoring.ScoringMethod.BINARY;
import static io.lodestar.scoring.ScoringMethod.PIECEWISE;
import static io.lodestar.scoring.ScoringMethod.PROGRESS;
import static io.lodestar.scoring.ScoringMethod.RATIO;
import static io.lodestar.scoring.ScoringMethod.THRESHOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * Meaningless rules are refused with a message key and the field to show it next to; {@code score} refuses
 * them too, as well as a missing actual and a DONE actual other than 0 or 1.
 */
class ScoringRuleValidationTests {

	/** The combinations documented on {@link ScoringRule}, written out independently of the implementation. */
	static final Map<Direction, Set<ScoringMethod>> DOCUMENTED = Map.of(INCREASE, EnumSet.of(RATIO, PROGRESS, PIECEWISE),
			DECREASE, EnumSet.of(RATIO, PROGRESS, PIECEWISE), AT_LEAST, EnumSet.of(THRESHOLD, RATIO, PIECEWISE), AT_MOST,
			EnumSet.of(THRESHOLD, RATIO, PIECEWISE), RANGE, EnumSet.of(BAND, THRESHOLD), DONE, EnumSet.of(BINARY));

	/** A rule with every field a method could need, so that only the combination can be wrong. */
	static ScoringRule complete(Direction direction, ScoringMethod method) {
		boolean lower = direction == DECREASE || direction == AT_MOST;
		return rule(direction, method).baseline(lower ? "200" : "0")
			.target("100")
			.range("20", "30")
			.tolerance("5")
			.fixed("0", "0")
			.build();
	}

	static Stream<Object[]> everyCombination() {
		List<Object[]> pairs = new ArrayList<>();
		for (Direction direction : Direction.values()) {
			for (ScoringMethod method : ScoringMethod.values()) {
				pairs.add(new Object[] { direction, method });
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyCombination")
	void acceptsTheDocumentedCombinationsAndRefusesEveryOther(Direction direction, ScoringMethod method) {
		ScoringRule rule = complete(direction, method);
		if (DOCUMENTED.get(direction).contains(method)) {
			assertThatCode(() -> Scoring.validate(rule)).doesNotThrowAnyException();
			assertThat(Scoring.methodsFor(direction)).contains(method);
		}
		else {
			assertRefused(rule, "scoring.rule.method-not-for-direction", "method");
			assertThat(Scoring.methodsFor(direction)).doesNotContain(method);
		}
	}

	record Invalid(String name, ScoringRule rule, String code, String field) {

		@Override
		public String toString() {
			return name + " → " + code + " on " + field;
		}

	}

	static Invalid invalid(String name, Rules rule, String code, String field) {
		return new Invalid(name, rule.build(), code, field);
	}

	static Stream<Invalid> invalidRules() {
		return Stream.of(invalid("no direction", rule(null, RATIO).target("1"), "scoring.rule.direction-required",
				"direction"),
				invalid("no method", rule(INCREASE, null).target("1"), "scoring.rule.method-required", "method"),
				invalid("ratio without target", rule(INCREASE, RATIO), "scoring.rule.target-required", "target"),
				invalid("threshold without target", rule(AT_LEAST, THRESHOLD), "scoring.rule.target-required", "target"),
				invalid("piecewise without target", rule(AT_MOST, PIECEWISE).fixed("0", "1"),
						"scoring.rule.target-required", "target"),
				invalid("progress without baseline", rule(INCREASE, PROGRESS).target("10"),
						"scoring.rule.baseline-required", "baseline"),
				invalid("progress without target", rule(DECREASE, PROGRESS).baseline("10"), "scoring.rule.target-required",
						"target"),
				invalid("target equal to baseline", rule(INCREASE, PROGRESS).baseline("4").target("4.00"),
						"scoring.rule.target-equals-baseline", "target"),
				invalid("decreasing target equal to baseline", rule(DECREASE, PROGRESS).baseline("7").target("7"),
						"scoring.rule.target-equals-baseline", "target"),
				invalid("increasing baseline above target", rule(INCREASE, PROGRESS).baseline("120").target("100"),
						"scoring.rule.baseline-wrong-side", "baseline"),
				invalid("decreasing baseline below target", rule(DECREASE, PROGRESS).baseline("4").target("7"),
						"scoring.rule.baseline-wrong-side", "baseline"),
				invalid("band without low", rule(RANGE, BAND).range(null, "30").tolerance("1"),
						"scoring.rule.range-low-required", "rangeLow"),
				invalid("band without high", rule(RANGE, BAND).range("20", null).tolerance("1"),
						"scoring.rule.range-high-required", "rangeHigh"),
				invalid("range threshold without low", rule(RANGE, THRESHOLD).range(null, "30"),
						"scoring.rule.range-low-required", "rangeLow"),
				invalid("band upside down", rule(RANGE, BAND).range("30", "20").tolerance("1"),
						"scoring.rule.range-reversed", "rangeHigh"),
				invalid("range threshold upside down", rule(RANGE, THRESHOLD).range("30", "29.99"),
						"scoring.rule.range-reversed", "rangeHigh"),
				invalid("band without tolerance", rule(RANGE, BAND).range("20", "30"), "scoring.rule.tolerance-required",
						"tolerance"),
				invalid("negative tolerance", rule(RANGE, BAND).range("20", "30").tolerance("-1"),
						"scoring.rule.tolerance-negative", "tolerance"),
				invalid("no steps", rule(INCREASE, PIECEWISE).target("100"), "scoring.rule.steps-required", "steps"),
				invalid("step without from", rule(INCREASE, PIECEWISE).target("100").fixed(null, "1"),
						"scoring.rule.step-from-required", "steps"),
				invalid("two steps from 0.9", rule(INCREASE, PIECEWISE).target("100").fixed("0.9", "1").factor("0.90", "1"),
						"scoring.rule.steps-duplicate-from", "steps"),
				invalid("step with fixed and factor",
						rule(INCREASE, PIECEWISE).target("100").step(new PiecewiseStep(number("0"), number("1"), number("1"))),
						"scoring.rule.step-fixed-or-factor", "steps"),
				invalid("step with neither", rule(INCREASE, PIECEWISE).target("100").step(new PiecewiseStep(number("0"), null,
						null)), "scoring.rule.step-fixed-or-factor", "steps"),
				invalid("stretch below an increasing target", rule(INCREASE, RATIO).target("100").stretch("90"),
						"scoring.rule.stretch-not-beyond-target", "stretch"),
				invalid("stretch equal to the target", rule(AT_LEAST, THRESHOLD).target("100").stretch("100"),
						"scoring.rule.stretch-not-beyond-target", "stretch"),
				invalid("stretch above a decreasing target", rule(DECREASE, RATIO).target("4").stretch("5"),
						"scoring.rule.stretch-not-beyond-target", "stretch"),
				invalid("cap below floor", rule(INCREASE, RATIO).target("100").cap("0.5").floor("0.6"),
						"scoring.rule.cap-below-floor", "cap"),
				invalid("cap below floor on binary", rule(DONE, BINARY).cap("0").floor("1"), "scoring.rule.cap-below-floor",
						"cap"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidRules")
	void refusesMeaninglessRulesNamingTheField(Invalid invalid) {
		assertRefused(invalid.rule(), invalid.code(), invalid.field());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidRules")
	void scoringAnInvalidRuleIsRefusedToo(Invalid invalid) {
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> Scoring.score(invalid.rule(), BigDecimal.ONE));

		assertThat(refused.code()).isEqualTo(invalid.code());
	}

	@Test
	void acceptsTheEdgesOfWhatIsAllowed() {
		List<ScoringRule> valid = List.of(rule(RANGE, BAND).range("25", "25").tolerance("0").build(),
				rule(RANGE, THRESHOLD).range("25", "25").build(),
				rule(INCREASE, RATIO).target("100").cap("1").floor("1").build(),
				rule(INCREASE, RATIO).target("100").stretch("120").build(),
				rule(DECREASE, RATIO).target("4").stretch("3").build(),
				rule(DECREASE, PROGRESS).baseline("-1").target("-2").build(),
				// stretch is only checked where there is a target to beat
				rule(RANGE, BAND).range("1", "2").tolerance("1").target("5").stretch("1").build(),
				rule(INCREASE, PIECEWISE).target("100").fixed("1", "1").fixed("-0.5", "0").build());

		for (ScoringRule rule : valid) {
			assertThatCode(() -> Scoring.validate(rule)).as(rule.toString()).doesNotThrowAnyException();
		}
	}

	@Test
	void refusesAMissingActual() {
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> Scoring.score(rule(INCREASE, RATIO).target("1").build(), null));

		assertThat(refused.code()).isEqualTo("scoring.actual.required");
		assertThat(refused.field()).isEqualTo("actual");
		assertThat(catchThrowableOfType(BusinessRuleException.class,
				() -> Scoring.ratio(rule(INCREASE, RATIO).target("1").build(), null))
			.code()).isEqualTo("scoring.actual.required");
	}

	@Test
	void doneTakesOnlyZeroOrOne() {
		for (String actual : List.of("0.5", "2", "-1")) {
			BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
					() -> Scoring.score(rule(DONE, BINARY).build(), number(actual)));

			assertThat(refused.code()).as(actual).isEqualTo("scoring.actual.not-binary");
			assertThat(refused.field()).isEqualTo("actual");
			assertThat(refused.arguments()).containsExactly(actual.replace("-", "−"));
		}
	}

	@Test
	void problemsCarryTheValuesForTheMessage() {
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> Scoring.validate(rule(INCREASE, PROGRESS).baseline("120.50").target("100").build()));

		assertThat(refused.arguments()).containsExactly("120.5", "100");
		assertThat(refused.kind()).isEqualTo(BusinessRuleException.Kind.INVALID);
	}

	static void assertRefused(ScoringRule rule, String code, String field) {
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class, () -> Scoring.validate(rule));

		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.code()).isEqualTo(code);
		assertThat(refused.field()).isEqualTo(field);
		assertThat(refused.kind()).isEqualTo(BusinessRuleException.Kind.INVALID);
	}

}
