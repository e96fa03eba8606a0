package io.lodestar.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The arithmetic of the retrospective: points by day against the expected pace, changes, averages. */
class RetrospectiveTrendTests {

	static final LocalDate START = LocalDate.of(2026, 10, 1);

	static final LocalDate END = LocalDate.of(2026, 12, 31);

	@Test
	void eachDayCheckedInIsOnePointWithItsLastCheckInAndTheExpectedPaceOfThatDay() {
		UUID kr = UUID.randomUUID();
		List<CheckInView> checkIns = List.of(
				checkIn(kr, LocalDate.of(2026, 11, 15), "0.5", 6, "2026-11-15T16:00:00Z"),
				checkIn(kr, LocalDate.of(2026, 10, 10), "0.1", 8, "2026-10-10T09:00:00Z"),
				checkIn(kr, LocalDate.of(2026, 11, 15), "0.45", 5, "2026-11-15T09:00:00Z"));
		List<Retrospective.Point> trend = Retrospectives.trend(START, END, checkIns);
		assertThat(trend).extracting(Retrospective.Point::on)
			.containsExactly(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 11, 15));
		// the afternoon check-in of Nov 15 is the day's last, whatever order they arrive in
		assertThat(trend.get(1).progress()).isEqualByComparingTo("0.5");
		assertThat(trend.get(1).confidence()).isEqualTo(6);
		// day 10 of 92 and day 46 of 92 on the straight line from 0 to 1
		assertThat(trend.get(0).expected()).isEqualByComparingTo(KeyResultRules.expected(START, END, LocalDate.of(2026, 10, 10)));
		assertThat(trend.get(0).expected()).isEqualByComparingTo("0.1087");
		assertThat(trend.get(1).expected()).isEqualByComparingTo("0.5000");
		assertThat(trend.get(0).progressPercent()).isEqualByComparingTo("10");
		assertThat(trend.get(0).expectedPercent()).isEqualByComparingTo("11");
		assertThat(trend.get(0).gapPoints()).isEqualByComparingTo("-1");
		assertThat(trend.get(1).gapPoints()).isEqualByComparingTo("0");
		assertThat(Retrospectives.trend(START, END, List.of())).isEmpty();
	}

	@Test
	void eachVersionAfterTheFirstIsAChangeFromTheOneBeforeIt() {
		UUID kr = UUID.randomUUID();
		List<Retrospectives.Version> versions = List.of(
				new Retrospectives.Version(kr, 1, "Followers +10,000", "0 → 10000 people", START, null, "APPROVED", null),
				new Retrospectives.Version(kr, 2, "Event participants", "0 → 500 people", LocalDate.of(2026, 11, 1),
						"Social media stalled", "APPROVED", "Fair"),
				new Retrospectives.Version(kr, 3, "Event participants", "0 → 800 people", LocalDate.of(2026, 12, 1),
						"More venues", "DECLINED", "Too late"));
		List<Retrospective.Change> changes = Retrospectives.changes("Event participants", versions);
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0)).isEqualTo(new Retrospective.Change("Event participants", 2, "Followers +10,000",
				"0 → 10000 people", "Event participants", "0 → 500 people", LocalDate.of(2026, 11, 1),
				"Social media stalled", "APPROVED", "Fair"));
		assertThat(changes.get(1).fromTarget()).isEqualTo("0 → 500 people");
		assertThat(changes.get(1).state()).isEqualTo("DECLINED");
		assertThat(Retrospectives.changes("x", versions.subList(0, 1))).isEmpty();
	}

	@Test
	void targetsReadAsStartToTargetAndMilestonesHaveNone() {
		assertThat(Retrospectives.target("METRIC", new BigDecimal("4.20"), new BigDecimal("4.8000"), "points"))
			.isEqualTo("4.2 → 4.8 points");
		assertThat(Retrospectives.target("METRIC", new BigDecimal("100"), new BigDecimal("70"), null)).isEqualTo("100 → 70");
		assertThat(Retrospectives.target("MILESTONE", null, null, null)).isNull();
	}

	@Test
	void theAverageScoreCountsOnlyScoredObjectives() {
		assertThat(Retrospective.average(List.of(new BigDecimal("0.85"), new BigDecimal("0.4")))).isEqualByComparingTo("0.63");
		assertThat(Retrospective.average(List.of())).isNull();
	}

	private static CheckInView checkIn(UUID kr, LocalDate on, String progress, int confidence, String at) {
		return new CheckInView(UUID.randomUUID(), kr, 1, on, null, false, new BigDecimal(progress), confidence,
				PaceStatus.ON_TRACK, null, null, "MANUAL", null, "Emma", Instant.parse(at));
	}

}
