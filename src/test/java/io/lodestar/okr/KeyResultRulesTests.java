package io.lodestar.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of key results: progress in both directions, clamping, versions, pace, status, score. */
class KeyResultRulesTests {

	private static final LocalDate START = LocalDate.of(2026, 10, 1);

	private static final LocalDate END = LocalDate.of(2026, 12, 31);

	@ParameterizedTest(name = "{0} → {1} at {2}, cap {3}: {4}")
	@CsvSource({
			// increasing: survey score 4.2 → 4.8
			"4.2, 4.8, 4.2, 1, 0.0000", "4.2, 4.8, 4.5, 1, 0.5000", "4.2, 4.8, 4.8, 1, 1.0000",
			// over-achievement follows the cap
			"4.2, 4.8, 5.0, 1, 1.0000", "4.2, 4.8, 5.0, 1.2, 1.2000", "4.2, 4.8, 4.0, 1, 0.0000",
			// decreasing: response time 800 → 640 ms, complaint rate 10 → 5 %
			"800, 640, 680, 1, 0.7500", "10, 5, 6, 1, 0.8000", "10, 5, 12, 1, 0.0000", "10, 5, 4, 1.2, 1.2000",
			// negative and zero start or target
			"-20, 0, -5, 1, 0.7500", "0, -100, -25, 1, 0.2500" })
	void metricProgressRunsFromStartToTarget(String start, String target, String current, String cap,
			String expected) {
		assertThat(KeyResultRules.progress(KeyResultType.METRIC, new BigDecimal(start), new BigDecimal(target),
				new BigDecimal(current), false, new BigDecimal(cap))).isEqualByComparingTo(expected);
	}

	@Test
	void milestonesAreDoneOrNot() {
		assertThat(KeyResultRules.progress(KeyResultType.MILESTONE, null, null, null, true, BigDecimal.ONE))
			.isEqualByComparingTo("1");
		assertThat(KeyResultRules.progress(KeyResultType.MILESTONE, null, null, null, false, BigDecimal.ONE))
			.isEqualByComparingTo("0");
	}

	@Test
	void noValueYetIsNoProgressAndAnUnmeasurableKeyResultIsRefused() {
		assertThat(KeyResultRules.progress(KeyResultType.METRIC, BigDecimal.ONE, BigDecimal.TEN, null, false,
				BigDecimal.ONE)).isEqualByComparingTo("0");
		assertThatThrownBy(() -> KeyResultRules.progress(KeyResultType.METRIC, BigDecimal.ONE, BigDecimal.ONE,
				BigDecimal.TEN, false, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
		assertThat(KeyResultRules.problemWith(KeyResultType.METRIC, null, BigDecimal.ONE, BigDecimal.ONE))
			.isEqualTo("target.equals-start");
		assertThat(KeyResultRules.problemWith(KeyResultType.METRIC, Direction.INCREASE, BigDecimal.TEN, BigDecimal.ONE))
			.isEqualTo("target.below-start");
		assertThat(KeyResultRules.problemWith(KeyResultType.METRIC, Direction.DECREASE, BigDecimal.ONE, BigDecimal.TEN))
			.isEqualTo("target.above-start");
		assertThat(KeyResultRules.problemWith(KeyResultType.METRIC, Direction.DECREASE, null, BigDecimal.TEN))
			.isEqualTo("start");
		assertThat(KeyResultRules.problemWith(KeyResultType.MILESTONE, null, null, null)).isNull();
	}

	@Test
	void aRevisedKeyResultCountsEachVersionOverTheDaysItWasInForce() {
		// followers reached 0.5 in October (31 days); offline events reached 0.2 from November 1 to 30 (30 days)
		var versions = List.of(new KeyResultRules.VersionSpan(START, new BigDecimal("0.5")),
				new KeyResultRules.VersionSpan(LocalDate.of(2026, 11, 1), new BigDecimal("0.2")));
		// (31 × 0.5 + 30 × 0.2) / 61 = 0.3525
		assertThat(KeyResultRules.progressOverVersions(versions, START, LocalDate.of(2026, 11, 30)))
			.isEqualByComparingTo("0.3525");
		// one version: its own progress
		assertThat(KeyResultRules.progressOverVersions(versions.subList(0, 1), START, END)).isEqualByComparingTo("0.5");
		assertThat(KeyResultRules.progressOverVersions(List.of(), START, END)).isEqualByComparingTo("0");
	}

	@Test
	void theExpectedPaceGrowsWithElapsedDays() {
		assertThat(KeyResultRules.expected(START, END, START.minusDays(1))).isEqualByComparingTo("0");
		assertThat(KeyResultRules.expected(START, END, START)).isEqualByComparingTo("0.0109");
		assertThat(KeyResultRules.expected(START, END, LocalDate.of(2026, 11, 15))).isEqualByComparingTo("0.5000");
		assertThat(KeyResultRules.expected(START, END, END)).isEqualByComparingTo("1");
	}

	@ParameterizedTest(name = "progress {0} against {1}: {2}")
	@CsvSource({ "0.5, 0.5, ON_TRACK", "0.6, 0.5, ON_TRACK", "0.45, 0.5, AT_RISK", "0.40, 0.5, AT_RISK",
			"0.39, 0.5, OFF_TRACK", "1, 1, ON_TRACK", "0, 0.05, AT_RISK" })
	void statusComparesProgressWithThePace(String progress, String expected, PaceStatus status) {
		assertThat(KeyResultRules.status(new BigDecimal(progress), new BigDecimal(expected), new BigDecimal("0.1")))
			.isEqualTo(status);
	}

	@Test
	void anObjectiveIsAsHealthyAsItsWorstKeyResult() {
		assertThat(KeyResultRules.worst(List.of(PaceStatus.ON_TRACK, PaceStatus.OFF_TRACK, PaceStatus.AT_RISK)))
			.isEqualTo(PaceStatus.OFF_TRACK);
		assertThat(KeyResultRules.worst(List.of())).isEqualTo(PaceStatus.ON_TRACK);
	}

	@Test
	void theSuggestedScoreIsProgressToATenth() {
		assertThat(KeyResultRules.suggestedScore(new BigDecimal("0.75"))).isEqualByComparingTo("0.8");
		assertThat(KeyResultRules.suggestedScore(new BigDecimal("0.74"))).isEqualByComparingTo("0.7");
		assertThat(KeyResultRules.suggestedScore(new BigDecimal("1.2"))).isEqualByComparingTo("1.0");
	}

	@Test
	void weightsAreRescaledToExactlyAHundred() {
		assertThat(Objectives.normalised(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
			.containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
		assertThat(Objectives.normalised(List.of(new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("40"))))
			.extracting(BigDecimal::toPlainString)
			.containsExactly("41.67", "25.00", "33.33");
	}

}
