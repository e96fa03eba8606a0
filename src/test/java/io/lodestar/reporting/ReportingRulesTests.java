package io.lodestar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The colour of a completion and the bucket of a score, exactly at their boundaries. */
class ReportingRulesTests {

	@ParameterizedTest
	@CsvSource({ "1.2, OK", "1, OK", "1.0000, OK", "0.9999, WARN", "0.8, WARN", "0.7999, BAD", "0, BAD", "-0.5, BAD" })
	void completionsAreColouredFromTheirFraction(String completion, Status expected) {
		assertThat(Status.of(new BigDecimal(completion))).isEqualTo(expected);
	}

	@Test
	void withoutDataTheStatusIsGreyAndUnlabelledByPercent() {
		assertThat(Status.of(null)).isEqualTo(Status.NONE);
		assertThat(Status.NONE.css()).isEmpty();
		assertThat(Status.percent(new BigDecimal("1.16666"))).isEqualByComparingTo("116.7");
		assertThat(Status.percent(null)).isNull();
	}

	@Test
	void scoresFallIntoBucketsWithInclusiveLowerBounds() {
		List<Scorecard> people = List.of(score("0.5999"), score("0.6"), score("0.7999"), score("0.8"), score("1"),
				score("1.1999"), score("1.2"), score("3"), score(null), new Scorecard(UUID.randomUUID(), null, null, null,
						null, null, BigDecimal.ZERO, 0));
		Distribution distribution = Distribution.of(people);
		assertThat(distribution.buckets()).extracting(Distribution.Bucket::count).containsExactly(1, 2, 1, 2, 2);
		assertThat(distribution.scored()).isEqualTo(8);
		// a person with KPIs but no data is counted apart; one without KPIs not at all
		assertThat(distribution.withoutData()).isEqualTo(1);
	}

	@Test
	void weightsOtherThanAHundredAreFlaggedForPeopleWithKpis() {
		assertThat(new Scorecard(null, "A", null, null, null, null, new BigDecimal("50"), 1).weightsFlagged()).isTrue();
		assertThat(new Scorecard(null, "A", null, null, null, null, new BigDecimal("100.0000"), 2).weightsFlagged())
			.isFalse();
		assertThat(new Scorecard(null, "A", null, null, null, null, BigDecimal.ZERO, 0).weightsFlagged()).isFalse();
	}

	@Test
	void valuesAreWrittenWithGroupedThousandsAndNoTrailingZeros() {
		assertThat(Numbers.text(new BigDecimal("5000.000000"))).isEqualTo("5,000");
		assertThat(Numbers.text(new BigDecimal("4.500000"))).isEqualTo("4.5");
		assertThat(Numbers.text(new BigDecimal("-0.125"))).isEqualTo("-0.125");
		assertThat(Numbers.text(null)).isNull();
	}

	private static Scorecard score(String score) {
		return new Scorecard(UUID.randomUUID(), null, null, null, null, score == null ? null : new BigDecimal(score),
				new BigDecimal("100"), 1);
	}

}
