package io.lodestar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewKpi;
import io.lodestar.people.Departure;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.Scoring;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The read model of people's scores gives what the KPIs themselves give, in every period of the year (KPIs of the
 * year, of a quarter and of a month; an archived one), follows every change in the changing transaction, and is
 * counted into the distribution's buckets by the database exactly as the scoring library rounds.
 */
@IntegrationTest
class PersonScoresIntegrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	GoalManagement goals;

	@Autowired
	KpiManagement kpis;

	@Autowired
	Measurements measurements;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	PersonScores scores;

	@Autowired
	ReportingQueries queries;

	@Autowired
	Dashboards dashboards;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmployeeManagement people;

	DashboardScenario scenario;

	List<Period> periods;

	CurrentUser hr;

	@BeforeEach
	void scenario() {
		scenario = DashboardScenario
			.build(new DashboardScenario.Services(fixtures, goals, kpis, measurements, calendar, units));
		periods = calendar.year(scenario.company().id(), scenario.fiscalYear());
		hr = scenario.company().hr().principal();
	}

	@Test
	void theScoresAreThoseOfTheKpisInEveryPeriodOfTheYear() {
		UUID colleague = scenario.company().colleague().employeeId();
		Period q2 = period(PeriodKind.QUARTER, 2);
		Period march = period(PeriodKind.MONTH, 3);
		SystemActor.runAs(scenario.company().id(), () -> {
			UUID quarterly = kpi("第二季度产量", colleague, q2, "60");
			UUID monthly = kpi("三月产量", colleague, march, "40");
			measurements.record(hr, MeasurementSource.MANUAL, List.of(DashboardScenario.actual(quarterly, scenario.year(), 5, "80"),
					DashboardScenario.actual(monthly, scenario.year(), 3, "130")), false);
			// archived KPIs count nowhere
			UUID archived = kpi("已归档", scenario.company().manager().employeeId(), scenario.year(), "30");
			goals.archive(hr, archived, true);
			return null;
		});
		for (Period period : periods) {
			assertSameAsTheKpis(period);
		}
	}

	@Test
	void everyChangeReachesTheScoresInItsOwnTransaction() {
		UUID manager = scenario.company().manager().employeeId();
		UUID colleague = scenario.company().colleague().employeeId();
		assertThat(everyone().scored()).isEqualTo(3);
		SystemActor.runAs(scenario.company().id(), () -> {
			// a KPI without data: its owner still has a score from the others
			kpi("新指标", manager, scenario.year(), "50");
			assertSameAsTheKpis(scenario.year());
			// the colleague's only KPI archived: no score, and not counted; restored: back
			goals.archive(hr, scenario.colleagueKpi(), true);
			assertThat(sums(colleague)).isNull();
			assertThat(everyone().scored()).isEqualTo(2);
			goals.archive(hr, scenario.colleagueKpi(), false);
			assertThat(everyone().scored()).isEqualTo(3);
			// a new weight
			kpis.configure(hr, scenario.headKpi(), DashboardScenario.config(Direction.AT_MOST, ScoringMethod.RATIO, null,
					"4.5", Aggregation.AVERAGE, "80"), null);
			assertThat(sums(manager).weightSum()).isEqualByComparingTo("130");
			// new actuals: 55 + 145 against 100 a month with data
			measurements.record(hr, MeasurementSource.MANUAL,
					List.of(DashboardScenario.actual(scenario.colleagueKpi(), scenario.year(), 3, "145")), false);
			assertThat(sums(colleague).score().score()).isEqualByComparingTo("1.0000");
			// the company-wide distribution counts active people only, and follows them leaving and rejoining
			assertThat(everyone().scored()).isEqualTo(3);
			people.leave(hr, colleague, new Departure(calendar.today(scenario.company().id()), null));
			assertThat(everyone().scored()).isEqualTo(2);
			people.rejoin(hr, colleague, calendar.today(scenario.company().id()));
			assertThat(everyone().scored()).isEqualTo(3);
			return null;
		});
		for (Period period : periods) {
			assertSameAsTheKpis(period);
		}
	}

	@Test
	void theDatabaseCountsEachScoreInTheBucketTheLibraryRoundsItTo() {
		UUID tenant = scenario.company().id();
		UUID person = scenario.company().employee().employeeId();
		UUID period = UUID.randomUUID();
		// Σ weight × completion and Σ weight (of the KPIs with data): the exact mean lies just below or on a bound
		List<String[]> cases = List.of(new String[] { "59.99500000", "100" }, new String[] { "59.99499999", "100" },
				new String[] { "1.79985000", "3" }, new String[] { "1.79984999", "3" }, new String[] { "0.79995000", "1" },
				new String[] { "99.99499999", "100" }, new String[] { "99.99500000", "100" },
				new String[] { "119.99500000", "100" }, new String[] { "119.99499999", "100" },
				new String[] { "0.00000000", "100" }, new String[] { "-5.00000000", "100" }, new String[] { "0", "0" },
				new String[] { "260.00000000", "100" });
		for (String[] sums : cases) {
			jdbc.update("delete from reporting_person_score where tenant_id = ?", tenant);
			jdbc.update("insert into reporting_person_score (tenant_id, employee_id, period_id, kpis, weight_sum, "
					+ "scored_weight, weighted_sum) values (?, ?, ?, 2, 100, ?, ?)", tenant, person, period,
					new BigDecimal(sums[1]), new BigDecimal(sums[0]));
			Scoring.WeightedScore score = Scoring.weighted(new BigDecimal(sums[0]), new BigDecimal(sums[1]), BigDecimal.valueOf(100));
			Distribution expected = Distribution.of(List.of(new Scorecard(person, null, null, null, null, score.score(),
					score.weightSum(), 2)));
			assertThat(scores.distributionOfEveryone(tenant, period)).as(sums[0] + " / " + sums[1]).isEqualTo(expected);
		}
		assertThat(Distribution.of(List.of(new Scorecard(person, null, null, null, null, new BigDecimal("0.6000"),
				BigDecimal.TEN, 1))).buckets().get(1).count()).isOne();
	}

	/** Each person's score from the read model against their KPIs in the period, read and scored one by one. */
	private void assertSameAsTheKpis(Period period) {
		UUID tenant = scenario.company().id();
		DashboardPeriod selected = new DashboardPeriod(scenario.fiscalYear(), period, periods, scenario.fiscalYear() + 1);
		List<UUID> unitIds = jdbc.queryForList("select id from people_org_unit where tenant_id = ?", UUID.class, tenant);
		Map<UUID, PersonScores.Sums> kept = scores.ofActiveIn(tenant, period.id(), unitIds);
		List<UUID> people = new ArrayList<>();
		for (Fixtures.Person person : List.of(scenario.company().hr(), scenario.company().executive(),
				scenario.company().manager(), scenario.company().employee(), scenario.company().colleague())) {
			people.add(person.employeeId());
		}
		people.removeIf(java.util.Objects::isNull);
		for (UUID person : people) {
			List<ReportingQueries.KpiRow> rows = queries.kpis(tenant, ReportingQueries.Owners.person(person), selected);
			Scoring.WeightedScore expected = Scoring.weighted(
					rows.stream().map(row -> new Scoring.Weighted(row.weight(), row.completion())).toList());
			PersonScores.Sums sums = kept.get(person);
			String what = person + " in " + DashboardPeriod.codeOf(period);
			if (rows.isEmpty()) {
				assertThat(sums).as(what).isNull();
				continue;
			}
			assertThat(sums).as(what).isNotNull();
			assertThat(sums.kpis()).as(what).isEqualTo(rows.size());
			assertThat(sums.score().score()).as(what).isEqualTo(expected.score());
			assertThat(sums.score().weightSum()).as(what).isEqualByComparingTo(expected.weightSum());
		}
	}

	private Distribution everyone() {
		return dashboards.companyDistribution(hr, new DashboardPeriod(scenario.fiscalYear(), scenario.year(), periods,
				scenario.fiscalYear() + 1));
	}

	private PersonScores.Sums sums(UUID person) {
		return scores.ofActiveIn(scenario.company().id(), scenario.year().id(),
				List.of(scenario.company().salesUnit(), scenario.company().teamUnit())).get(person);
	}

	private UUID kpi(String title, UUID owner, Period period, String weight) {
		return kpis.create(hr, new NewKpi(title, null, OwnerType.EMPLOYEE, owner, period.id(), null, null,
				DashboardScenario.config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "100", Aggregation.SUM, weight)))
			.goal()
			.id();
	}

	private Period period(PeriodKind kind, int sequence) {
		return periods.stream()
			.filter(period -> period.kind() == kind && period.sequence() == sequence)
			.findFirst()
			.orElseThrow();
	}

}
