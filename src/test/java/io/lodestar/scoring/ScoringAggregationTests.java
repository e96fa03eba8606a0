package io.lodestar.scoring;

import static io.lodestar.scoring.Rules.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.scoring.Scoring.Weighted;
import io.lodestar.scoring.Scoring.WeightedScore;

/** Measurements of a period become one actual; completions of several KPIs become one weighted score. */
class ScoringAggregationTests {

	static List<BigDecimal> values(String... values) {
		return Arrays.stream(values).map(Rules::number).toList();
	}

	record Case(Aggregation aggregation, List<BigDecimal> values, String expected) {

		@Override
		public String toString() {
			return aggregation + " of " + values + " = " + expected;
		}

	}

	static Stream<Case> aggregations() {
		List<BigDecimal> oldestFirst = values("3", "1", "2.5");
		return Stream.of(new Case(Aggregation.LAST, oldestFirst, "2.5"), new Case(Aggregation.SUM, oldestFirst, "6.5"),
				new Case(Aggregation.AVERAGE, oldestFirst, "2.166667"), new Case(Aggregation.MIN, oldestFirst, "1"),
				new Case(Aggregation.MAX, oldestFirst, "3"), new Case(Aggregation.COUNT, oldestFirst, "3"),
				new Case(Aggregation.AVERAGE, values("1", "2"), "1.500000"),
				new Case(Aggregation.MIN, values("-1", "-3.5"), "-3.5"), new Case(Aggregation.LAST, values("7"), "7"),
				new Case(Aggregation.SUM, values("0.1", "0.2"), "0.3"),
				new Case(Aggregation.AVERAGE, values("0.0000005"), "0.000001"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("aggregations")
	void aggregatesMeasurementsOfAPeriod(Case row) {
		BigDecimal actual = Scoring.aggregate(row.aggregation(), row.values());

		assertThat(actual).isEqualByComparingTo(row.expected());
		if (row.aggregation() == Aggregation.AVERAGE) {
			assertThat(actual.scale()).isEqualTo(Scoring.SCALE + 2);
		}
	}

	@ParameterizedTest
	@EnumSource(Aggregation.class)
	void noMeasurementsGiveNoActualExceptACountOfZero(Aggregation aggregation) {
		BigDecimal expected = aggregation == Aggregation.COUNT ? BigDecimal.ZERO : null;

		assertThat(Scoring.aggregate(aggregation, List.of())).isEqualTo(expected);
		assertThat(Scoring.aggregate(aggregation, null)).isEqualTo(expected);
	}

	@Test
	void refusesAMeasurementWithoutValue() {
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> Scoring.aggregate(Aggregation.SUM, Arrays.asList(BigDecimal.ONE, null)));

		assertThat(refused.code()).isEqualTo("scoring.measurement.required");
	}

	static Weighted item(String weight, String completion) {
		return new Weighted(number(weight), number(completion));
	}

	@Test
	void weightsNotSummingTo100AreNormalisedAndFlagged() {
		WeightedScore score = Scoring.weighted(List.of(item("30", "1"), item("50", "0.5")));

		// (30 × 1 + 50 × 0.5) ÷ 80
		assertThat(score.score()).isEqualTo(number("0.6875"));
		assertThat(score.weightSum()).isEqualByComparingTo("80");
		assertThat(score.weightsComplete()).isFalse();
	}

	@Test
	void weightsOfExactly100AreComplete() {
		WeightedScore score = Scoring.weighted(List.of(item("40", "1.2"), item("60.00", "0.8")));

		assertThat(score.score()).isEqualTo(number("0.9600"));
		assertThat(score.weightSum()).isEqualByComparingTo("100");
		assertThat(score.weightsComplete()).isTrue();
		assertThat(Scoring.weighted(List.of(item("40", "1"), item("60.01", "1"))).weightsComplete()).isFalse();
		assertThat(Scoring.weighted(List.of(item("0.4", "1"), item("0.6", "1"))).weightsComplete()).isFalse();
	}

	@Test
	void itemsWithoutCompletionAreLeftOutAndTheRestRenormalised() {
		WeightedScore score = Scoring.weighted(List.of(item("50", "1"), item("30", null), item("20", "0.5")));

		// (50 × 1 + 20 × 0.5) ÷ 70; the weights of all items still sum to 100
		assertThat(score.score()).isEqualTo(number("0.8571"));
		assertThat(score.weightSum()).isEqualByComparingTo("100");
		assertThat(score.weightsComplete()).isTrue();
	}

	@Test
	void noCompletionAtAllGivesNoScore() {
		WeightedScore allMissing = Scoring.weighted(List.of(item("60", null), item("40", null)));
		WeightedScore zeroWeights = Scoring.weighted(List.of(item("0", "1"), item("0", "0.5")));
		WeightedScore nothing = Scoring.weighted(List.of());

		assertThat(allMissing.score()).isNull();
		assertThat(allMissing.weightSum()).isEqualByComparingTo("100");
		assertThat(allMissing.weightsComplete()).isTrue();
		assertThat(zeroWeights.score()).isNull();
		assertThat(nothing.score()).isNull();
		assertThat(nothing.weightSum()).isEqualByComparingTo("0");
		assertThat(nothing.weightsComplete()).isFalse();
	}

	@Test
	void aZeroWeightCountsForNothing() {
		assertThat(Scoring.weighted(List.of(item("0", "0"), item("100", "0.9"))).score()).isEqualTo(number("0.9000"));
	}

	@Test
	void refusesNegativeAndMissingWeights() {
		BusinessRuleException negative = catchThrowableOfType(BusinessRuleException.class,
				() -> Scoring.weighted(List.of(item("110", "1"), item("-10", "1"))));
		BusinessRuleException missing = catchThrowableOfType(BusinessRuleException.class,
				() -> Scoring.weighted(List.of(item(null, "1"))));

		assertThat(negative.code()).isEqualTo("scoring.weight.negative");
		assertThat(negative.field()).isEqualTo("weight");
		assertThat(missing.code()).isEqualTo("scoring.weight.required");
	}

}
