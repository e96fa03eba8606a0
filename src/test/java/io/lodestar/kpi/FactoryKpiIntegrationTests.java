package io.lodestar.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The factory scenario of the product brief, through the services: "cut production cost 10 %" decomposed into
 * the production department's loss-rate and utilisation KPIs, a workshop head's and a line worker's loss
 * rates; actuals flow in, completions follow the scoring rules and roll up the graph.
 */
@IntegrationTest
class FactoryKpiIntegrationTests {

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
	JdbcClient jdbc;

	static KpiConfig config(Direction direction, ScoringMethod method, String baseline, String target, String cap,
			Aggregation aggregation) {
		return new KpiConfig("%", direction, method, aggregation, PeriodKind.MONTH,
				baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target), null, null, null, true, null,
				List.of(), cap == null ? null : new BigDecimal(cap), BigDecimal.ZERO, new BigDecimal("50"), false, null);
	}

	record Factory(Fixtures.Company company, Period year, UUID strategy, UUID lossRate, UUID utilisation, UUID headKpi,
			UUID workerKpi) {
	}

	private <T> T as(Fixtures.Person person, Supplier<T> work) {
		return SystemActor.runAs(person.tenantId(), work);
	}

	/** Last fiscal year: every month of it is in the past, whenever the test runs. */
	private Factory decompose() {
		var company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		return as(company.hr(), () -> {
			int lastYear = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
			Period year = calendar.year(company.id(), lastYear).get(0);
			UUID strategy = goals.create(hr, new NewGoal(GoalKind.STRATEGY, "降低生产成本10%", null, OwnerType.COMPANY, null,
					year.id(), null, null, null, null, null)).id();
			UUID loss = kpis.create(hr, new NewKpi("生产损耗率≤5%", null, OwnerType.ORG_UNIT, company.salesUnit(), year.id(),
					strategy, null, config(Direction.AT_MOST, ScoringMethod.RATIO, null, "5", "1.2", Aggregation.AVERAGE)))
				.goal()
				.id();
			UUID utilisation = kpis.create(hr, new NewKpi("产能利用率≥90%", null, OwnerType.ORG_UNIT, company.salesUnit(),
					year.id(), strategy, null,
					config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "90", "1.2", Aggregation.AVERAGE)))
				.goal()
				.id();
			UUID head = kpis.create(hr, new NewKpi("车间损耗率≤4.5%", null, OwnerType.EMPLOYEE, company.manager().employeeId(),
					year.id(), loss, null, config(Direction.AT_MOST, ScoringMethod.RATIO, null, "4.5", "1.2",
							Aggregation.AVERAGE)))
				.goal()
				.id();
			UUID worker = kpis.create(hr, new NewKpi("个人操作损耗率≤4%", null, OwnerType.EMPLOYEE,
					company.employee().employeeId(), year.id(), head, null,
					config(Direction.DECREASE, ScoringMethod.PROGRESS, "7", "4", "1.2", Aggregation.AVERAGE)))
				.goal()
				.id();
			return new Factory(company, year, strategy, loss, utilisation, head, worker);
		});
	}

	private NewMeasurement actual(UUID kpi, Period year, int month, String value) {
		return new NewMeasurement(kpi, new BigDecimal(value), year.startsOn().plusMonths(month - 1).plusDays(14), null, null,
				null, false);
	}

	@Test
	void theDecompositionOfTheBriefIsExpressibleExactlyAsWritten() {
		Factory factory = decompose();
		CurrentUser hr = factory.company().hr().principal();
		assertThat(goals.ancestry(hr, factory.workerKpi())).extracting(view -> view.title())
			.containsExactly("车间损耗率≤4.5%", "生产损耗率≤5%", "降低生产成本10%");
		assertThat(goals.children(hr, factory.strategy())).extracting(view -> view.title())
			.containsExactlyInAnyOrder("生产损耗率≤5%", "产能利用率≥90%");
	}

	@Test
	void aWorkersLossRateScoresProgressFromTheBaselineAsInTheArticle() {
		Factory factory = decompose();
		CurrentUser manager = factory.company().manager().principal();
		as(factory.company().manager(), () -> measurements.record(manager, MeasurementSource.MANUAL,
				List.of(actual(factory.workerKpi(), factory.year(), 3, "3.5")), false));
		KpiDetail worker = kpis.get(manager, factory.workerKpi());
		// (7 − 3.5) / (7 − 4) = 1.1667: "你的操作损耗率是3.5%，完成了KPI的117%"
		assertThat(worker.byPeriod().get(2).completion()).isEqualByComparingTo("1.1667");
		assertThat(worker.byPeriod().get(2).actual()).isEqualByComparingTo("3.5");
		assertThat(worker.overall().completion()).isEqualByComparingTo("1.1667");
		assertThat(worker.goal().progress()).isEqualByComparingTo("1.1667");
		var explained = kpis.explain(manager, factory.workerKpi(), worker.byPeriod().get(2).period().id());
		assertThat(explained.explanation().expression()).contains("7").contains("3.5").contains("4").contains("1.1667");
		assertThat(explained.measurements()).hasSize(1);
	}

	@Test
	void departmentActualsRollUpIntoTheStrategicGoal() {
		Factory factory = decompose();
		CurrentUser hr = factory.company().hr().principal();
		as(factory.company().hr(), () -> measurements.record(hr, MeasurementSource.MANUAL, List.of(
				actual(factory.lossRate(), factory.year(), 1, "5.2"), actual(factory.lossRate(), factory.year(), 2, "4.8"),
				actual(factory.utilisation(), factory.year(), 1, "92")), false));
		// loss rate: average 5.0 → 5 / 5 = 1; utilisation 92 / 90 = 1.0222; equal weights → 1.0111
		assertThat(kpis.get(hr, factory.lossRate()).overall().completion()).isEqualByComparingTo("1");
		assertThat(kpis.get(hr, factory.lossRate()).byPeriod().get(0).completion()).isEqualByComparingTo("0.9615");
		assertThat(kpis.get(hr, factory.utilisation()).overall().completion()).isEqualByComparingTo("1.0222");
		assertThat(goals.get(hr, factory.strategy()).progress()).isEqualByComparingTo("1.0111");
	}

	@Test
	void aCorrectionReplacesTheValueAndKeepsTheOriginal() {
		Factory factory = decompose();
		CurrentUser hr = factory.company().hr().principal();
		UUID first = as(factory.company().hr(), () -> measurements.record(hr, MeasurementSource.MANUAL,
				List.of(actual(factory.workerKpi(), factory.year(), 1, "6")), false)).recorded().get(0);
		as(factory.company().hr(), () -> measurements.correct(hr, first, new BigDecimal("5.5"), "typo", false));
		var history = kpis.measurements(hr, factory.workerKpi());
		assertThat(history).hasSize(2);
		assertThat(history).filteredOn(MeasurementView::superseded).singleElement()
			.satisfies(old -> assertThat(old.value()).isEqualByComparingTo("6"));
		// (7 − 5.5) / 3 = 0.5
		assertThat(kpis.get(hr, factory.workerKpi()).overall().completion()).isEqualByComparingTo("0.5");
		assertThatThrownBy(() -> as(factory.company().hr(),
				() -> measurements.correct(hr, first, BigDecimal.ONE, "again", false)))
			.hasFieldOrPropertyWithValue("code", "kpi.measurement.already-corrected");
	}

	@Test
	void reSendingWithTheSameKeyChangesNothingAndAConflictingReuseIsRefused() {
		Factory factory = decompose();
		CurrentUser hr = factory.company().hr().principal();
		NewMeasurement push = new NewMeasurement(factory.lossRate(), new BigDecimal("4.9"),
				factory.year().startsOn().plusDays(3), "erp:batch-7", "erp-7-1", null, false);
		var first = as(factory.company().hr(), () -> measurements.record(hr, MeasurementSource.API, List.of(push), false));
		var again = as(factory.company().hr(), () -> measurements.record(hr, MeasurementSource.API, List.of(push), false));
		assertThat(first.recorded()).hasSize(1);
		assertThat(again.recorded()).isEmpty();
		assertThat(again.duplicates()).isEqualTo(1);
		assertThat(count(factory.company().id())).isEqualTo(1);
		assertThatThrownBy(() -> as(factory.company().hr(), () -> measurements.record(hr, MeasurementSource.API,
				List.of(new NewMeasurement(push.kpiId(), new BigDecimal("9"), push.measuredOn(), null, "erp-7-1", null,
						false)), false)))
			.isInstanceOf(BatchRejectedException.class);
	}

	@Test
	void aBatchWithOneBadItemStoresNothingUnlessPartialAcceptanceIsAsked() {
		Factory factory = decompose();
		CurrentUser hr = factory.company().hr().principal();
		List<NewMeasurement> batch = List.of(actual(factory.lossRate(), factory.year(), 1, "4"),
				new NewMeasurement(factory.lossRate(), null, factory.year().startsOn(), null, null, null, false),
				actual(factory.lossRate(), factory.year(), 2, "4.1"));
		assertThatThrownBy(() -> as(factory.company().hr(),
				() -> measurements.record(hr, MeasurementSource.API, batch, false)))
			.isInstanceOfSatisfying(BatchRejectedException.class, rejected -> assertThat(rejected.problems())
				.singleElement()
				.satisfies(problem -> {
					assertThat(problem.index()).isEqualTo(1);
					assertThat(problem.field()).isEqualTo("value");
				}));
		assertThat(count(factory.company().id())).isZero();
		var partial = as(factory.company().hr(), () -> measurements.record(hr, MeasurementSource.API, batch, true));
		assertThat(partial.recorded()).hasSize(2);
		assertThat(partial.refused()).extracting(ItemProblem::index).containsExactly(1);
	}

	@Test
	void aLockedPeriodNeedsAnHrOverrideWithAReason() {
		Factory factory = decompose();
		CurrentUser hr = factory.company().hr().principal();
		CurrentUser manager = factory.company().manager().principal();
		Period march = calendar.within(factory.company().id(), factory.year(), PeriodKind.MONTH).get(2);
		as(factory.company().hr(), () -> calendar.lock(hr, march.id(), true, "paid out"));
		assertThatThrownBy(() -> as(factory.company().manager(), () -> measurements.record(manager,
				MeasurementSource.MANUAL, List.of(actual(factory.workerKpi(), factory.year(), 3, "4")), false)))
			.isInstanceOfSatisfying(BatchRejectedException.class, rejected -> assertThat(rejected.problems())
				.extracting(ItemProblem::code).containsExactly("kpi.measurement.period-locked"));
		var overridden = as(factory.company().hr(), () -> measurements.record(hr, MeasurementSource.MANUAL,
				List.of(new NewMeasurement(factory.workerKpi(), new BigDecimal("4"), march.startsOn().plusDays(2), null,
						null, "late scrap report", true)), false));
		assertThat(overridden.recorded()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'LOCK_OVERRIDE'")
			.param("t", factory.company().id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void personalActualsAreForThePersonTheirManagersAndHrOnly() {
		Factory factory = decompose();
		var company = factory.company();
		assertThat(kpis.get(company.employee().principal(), factory.workerKpi()).goal().title()).isNotBlank();
		assertThat(kpis.get(company.manager().principal(), factory.workerKpi()).recordable()).isTrue();
		assertThatThrownBy(() -> kpis.get(company.colleague().principal(), factory.workerKpi()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(company.colleague(), () -> measurements.record(company.colleague().principal(),
				MeasurementSource.MANUAL, List.of(actual(factory.workerKpi(), factory.year(), 4, "3")), false)))
			.isInstanceOf(BatchRejectedException.class);
		// the worker sees where their KPI lands, including the manager's KPI title but not its progress
		var ancestry = goals.ancestry(company.employee().principal(), factory.workerKpi());
		assertThat(ancestry.get(0).title()).isEqualTo("车间损耗率≤4.5%");
		assertThat(ancestry.get(0).progress()).isNull();
	}

	@Test
	void goalsCannotContributeInACircleOrOutsideTheirParentsPeriod() {
		Factory factory = decompose();
		CurrentUser hr = factory.company().hr().principal();
		assertThatThrownBy(() -> as(factory.company().hr(),
				() -> goals.contribute(hr, factory.lossRate(), factory.workerKpi(), null)))
			.hasFieldOrPropertyWithValue("code", "goals.link.cycle");
		Period march = calendar.within(factory.company().id(), factory.year(), PeriodKind.MONTH).get(2);
		UUID monthly = as(factory.company().hr(), () -> goals.create(hr, new NewGoal(GoalKind.STRATEGY, "Q-goal", null,
				OwnerType.COMPANY, null, march.id(), null, null, null, null, null)).id());
		assertThatThrownBy(() -> as(factory.company().hr(), () -> goals.contribute(hr, factory.lossRate(), monthly, null)))
			.hasFieldOrPropertyWithValue("code", "goals.link.period-outside-parent");
	}

	@Test
	void meaninglessDefinitionsAreRefusedWhenDefined() {
		Factory factory = decompose();
		CurrentUser hr = factory.company().hr().principal();
		assertThatThrownBy(() -> as(factory.company().hr(), () -> kpis.create(hr, new NewKpi("x", null, OwnerType.COMPANY,
				null, factory.year().id(), null, null,
				config(Direction.DECREASE, ScoringMethod.PROGRESS, "4", "4", null, Aggregation.LAST)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("field", "target");
	}

	private long count(UUID tenant) {
		return jdbc.sql("select count(*) from kpi_measurement where tenant_id = :t").param("t", tenant).query(Long.class)
			.single();
	}

}
