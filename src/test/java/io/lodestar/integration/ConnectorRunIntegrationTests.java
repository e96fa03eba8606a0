package io.lodestar.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.Assignment;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.NewKpi;
import io.lodestar.kpi.PersonTarget;
import io.lodestar.goals.OwnerType;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The factory workers' loss rates live in the plant's ERP (a second database): a rows connector reads them
 * per employee number and month and records them into the workers' personal KPIs, idempotently, as
 * corrections when the ERP changes, never into locked periods; failures are recorded with the database's
 * error; the scheduler runs due connectors once, and a connector claimed by a node is not run twice.
 */
@IntegrationTest
class ConnectorRunIntegrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Connectors connectors;

	@Autowired
	ConnectorScheduler scheduler;

	@Autowired
	ConnectorRuns runs;

	@Autowired
	KpiLibrary library;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	/** A company whose two workers have a monthly loss-rate KPI last fiscal year, and the ERP table behind it. */
	record Plant(Fixtures.Company company, CurrentUser hr, Period year, UUID definition, UUID workerKpi,
			UUID colleagueKpi, ErpDatabase erp, String table) {

		LocalDate month(int number) {
			return year.startsOn().plusMonths(number - 1);
		}

	}

	private <T> T as(Fixtures.Company company, Supplier<T> work) {
		return SystemActor.runAs(company.id(), work);
	}

	private Plant plant() {
		Fixtures.Company company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		return as(company, () -> {
			int lastYear = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
			Period year = calendar.year(company.id(), lastYear).get(0);
			UUID definition = library.create(hr, ConnectorTestData.lossRateDefinition()).id();
			List<KpiDetail> created = library.assign(hr, new Assignment(definition, year.id(), null, List.of(
					new PersonTarget(company.employee().employeeId(), new BigDecimal("4"), new BigDecimal("50")),
					new PersonTarget(company.colleague().employeeId(), new BigDecimal("5"), new BigDecimal("50")))));
			UUID worker = created.stream().filter(kpi -> kpi.goal().ownerId().equals(company.employee().employeeId()))
				.findFirst().orElseThrow().goal().id();
			UUID colleague = created.stream()
				.filter(kpi -> kpi.goal().ownerId().equals(company.colleague().employeeId()))
				.findFirst().orElseThrow().goal().id();
			ErpDatabase erp = ErpDatabase.create();
			String table = erp.table("monthly_loss");
			Plant plant = new Plant(company, hr, year, definition, worker, colleague, erp, table);
			erp.execute("create table " + table + " (employee_no varchar(20), loss_rate numeric(8, 3), month_start date)",
					insert(plant, "E-1", "4.0", 1), insert(plant, "E-1", "4.4", 2), insert(plant, "E-1", "3.6", 3),
					insert(plant, "E-2", "5.0", 1), insert(plant, "E-2", "5.5", 2), insert(plant, "E-2", "4.5", 3),
					insert(plant, "X-99", "3.0", 1));
			return plant;
		});
	}

	private static String insert(Plant plant, String employeeNo, String value, int month) {
		return "insert into " + plant.table() + " values ('" + employeeNo + "', " + value + ", date '" + plant.month(month)
				+ "')";
	}

	private UUID rowsConnector(Plant plant) {
		String query = "select employee_no, loss_rate, month_start from " + plant.table() + " order by month_start, employee_no";
		return as(plant.company(), () -> connectors.create(plant.hr(),
				ConnectorTestData.rows("MES loss rates", plant.erp(), query, plant.definition(), plant.year().id())).id());
	}

	private RunView runNow(Plant plant, UUID connector) {
		return as(plant.company(), () -> connectors.runNow(plant.hr(), connector));
	}

	private KpiDetail kpi(Plant plant, UUID kpi) {
		return as(plant.company(), () -> kpis.get(plant.hr(), kpi));
	}

	private long measurements(Plant plant) {
		return jdbc.sql("select count(*) from kpi_measurement where tenant_id = :tenant")
			.param("tenant", plant.company().id())
			.query(Long.class)
			.single();
	}

	@Test
	void aRowsConnectorRecordsTheErpValuesIntoTheWorkersKpisAndReportsUnknownEmployees() {
		Plant plant = plant();
		UUID connector = rowsConnector(plant);
		RunView run = runNow(plant, connector);

		assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
		assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
		assertThat(run.rowsRead()).isEqualTo(7);
		assertThat(run.recorded()).isEqualTo(6);
		assertThat(run.unchanged()).isZero();
		assertThat(run.skipped()).isEqualTo(1);
		assertThat(run.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.employeeNo()).isEqualTo("X-99");
			assertThat(problem.code()).isEqualTo("integration.run.problem.unknown-employee");
			assertThat(problem.row()).isEqualTo(3);
		});
		// target 4 %: 4.0 → 100 %, 4.4 → 4 / 4.4, 3.6 → 4 / 3.6; the colleague's target is 5 %
		KpiDetail worker = kpi(plant, plant.workerKpi());
		assertThat(worker.byPeriod().get(0).completion()).isEqualByComparingTo("1");
		assertThat(worker.byPeriod().get(1).completion()).isEqualByComparingTo("0.9091");
		assertThat(worker.byPeriod().get(2).completion()).isEqualByComparingTo("1.1111");
		assertThat(worker.byPeriod().get(3).completion()).isNull();
		KpiDetail colleague = kpi(plant, plant.colleagueKpi());
		assertThat(colleague.byPeriod().get(1).actual()).isEqualByComparingTo("5.5");
		assertThat(colleague.byPeriod().get(1).completion()).isEqualByComparingTo("0.9091");
		assertThat(colleague.goal().progress()).isNotNull();
		// recorded by the company's system actor, from the connector, naming the connector and the run
		var rows = jdbc.sql("select source, source_ref, entered_by_name, idempotency_key from kpi_measurement "
				+ "where tenant_id = :tenant")
			.param("tenant", plant.company().id())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		assertThat(rows).hasSize(6).allSatisfy(row -> {
			assertThat(row.get(0)).isEqualTo("CONNECTOR");
			assertThat(row.get(1)).isEqualTo("connector:MES loss rates:" + run.id());
			assertThat(row.get(2)).isEqualTo(SystemActor.NAME);
			assertThat(row.get(3)).startsWith("connector:" + connector + ":");
		});
		assertThat(as(plant.company(), () -> connectors.get(plant.hr(), connector)).lastRun().id()).isEqualTo(run.id());
	}

	@Test
	void aReRunWithUnchangedNumbersChangesNothing() {
		Plant plant = plant();
		UUID connector = rowsConnector(plant);
		runNow(plant, connector);
		long before = measurements(plant);
		RunView again = runNow(plant, connector);
		assertThat(again.recorded()).isZero();
		assertThat(again.unchanged()).isEqualTo(6);
		assertThat(again.skipped()).isEqualTo(1);
		assertThat(measurements(plant)).isEqualTo(before);
		assertThat(kpi(plant, plant.workerKpi()).byPeriod().get(1).completion()).isEqualByComparingTo("0.9091");
	}

	@Test
	void aChangedValueIsRecordedAsACorrectionOfTheConnectorsPreviousValue() {
		Plant plant = plant();
		UUID connector = rowsConnector(plant);
		runNow(plant, connector);
		plant.erp().execute("update " + plant.table() + " set loss_rate = 4.0 where employee_no = 'E-1' and month_start = date '"
				+ plant.month(2) + "'");
		RunView rerun = runNow(plant, connector);
		assertThat(rerun.recorded()).isEqualTo(1);
		assertThat(rerun.unchanged()).isEqualTo(5);
		assertThat(kpi(plant, plant.workerKpi()).byPeriod().get(1).completion()).isEqualByComparingTo("1");
		Map<String, Object> correction = jdbc.sql("select measured_value, reason, corrects_id, source, source_ref "
				+ "from kpi_measurement where tenant_id = :tenant and corrects_id is not null")
			.param("tenant", plant.company().id())
			.query()
			.singleRow();
		assertThat((BigDecimal) correction.get("measured_value")).isEqualByComparingTo("4");
		assertThat(correction.get("reason")).isEqualTo(ConnectorRunner.CORRECTION_REASON);
		assertThat(correction.get("source")).isEqualTo("CONNECTOR");
		assertThat(correction.get("source_ref")).isEqualTo("connector:MES loss rates:" + rerun.id());
		BigDecimal replaced = jdbc.sql("select measured_value from kpi_measurement where tenant_id = :tenant and id = :id")
			.param("tenant", plant.company().id())
			.param("id", correction.get("corrects_id"))
			.query(BigDecimal.class)
			.single();
		assertThat(replaced).isEqualByComparingTo("4.4");
		// and the corrected value, unchanged, is not corrected again
		RunView third = runNow(plant, connector);
		assertThat(third.recorded()).isZero();
		assertThat(third.unchanged()).isEqualTo(6);
		assertThat(measurements(plant)).isEqualTo(7);
	}

	@Test
	void aLockedPeriodIsNeverUpdatedAndItsRowsAreReported() {
		Plant plant = plant();
		UUID connector = rowsConnector(plant);
		runNow(plant, connector);
		Period march = calendar.containing(plant.company().id(), plant.month(3), PeriodKind.MONTH);
		as(plant.company(), () -> calendar.lock(plant.hr(), march.id(), true, "payroll closed"));
		plant.erp().execute("update " + plant.table() + " set loss_rate = 4.0 where employee_no = 'E-2' and month_start = date '"
				+ plant.month(3) + "'", "insert into " + plant.table() + " values ('E-1', 3.9, date '"
						+ plant.month(3).plusDays(9) + "')");
		long before = measurements(plant);
		RunView run = runNow(plant, connector);
		assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
		assertThat(run.recorded()).isZero();
		assertThat(run.skipped()).isEqualTo(3);
		assertThat(run.problems()).filteredOn(problem -> problem.code().equals("kpi.measurement.period-locked"))
			.extracting(RunProblem::employeeNo)
			.containsExactlyInAnyOrder("E-1", "E-2");
		assertThat(measurements(plant)).isEqualTo(before);
		assertThat(kpi(plant, plant.colleagueKpi()).byPeriod().get(2).actual()).isEqualByComparingTo("4.5");
	}

	@Test
	void aBadQueryFailsTheRunWithTheDatabaseErrorAndRecordsNothing() {
		Plant plant = plant();
		UUID connector = as(plant.company(), () -> connectors.create(plant.hr(), ConnectorTestData.rows("Broken",
				plant.erp(), "select employee_no, loss_rate from no_such_table_" + plant.table(), plant.definition(),
				plant.year().id())).id());
		RunView run = runNow(plant, connector);
		assertThat(run.status()).isEqualTo(RunStatus.FAILED);
		assertThat(run.errorCode()).isEqualTo("integration.run.error.query");
		assertThat(run.errorDetail()).containsIgnoringCase("no_such_table_" + plant.table());
		assertThat(run.errorDetail()).doesNotContain(plant.erp().password());
		assertThat(run.finishedAt()).isNotNull();
		assertThat(measurements(plant)).isZero();
		assertThat(runs.states(plant.company().id(), List.of(connector)).get(connector).runningSince()).isNull();
	}

	@Test
	void aNonSelectStatementIsRefusedWhenSaved() {
		Plant plant = plant();
		for (String query : List.of("delete from " + plant.table(), "update " + plant.table() + " set loss_rate = 0",
				"select 1; delete from " + plant.table(), "drop table " + plant.table())) {
			assertThatThrownBy(() -> as(plant.company(), () -> connectors.create(plant.hr(),
					ConnectorTestData.rows("Writer", plant.erp(), query, plant.definition(), plant.year().id()))))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						refused -> assertThat(refused.field()).isEqualTo("query"));
		}
		assertThat(as(plant.company(), () -> connectors.all(plant.hr()))).isEmpty();
	}

	@Test
	void onPostgresqlTheQueryRunsInAReadOnlyTransactionSoAFunctionThatWritesFails() {
		org.junit.jupiter.api.Assumptions.assumeTrue(ErpDatabase.isPostgres(),
				"H2 has no read-only transactions; there the query text rules and a read-only account protect the ERP");
		Plant plant = plant();
		String sequence = plant.erp().table("seq");
		plant.erp().execute("create sequence " + sequence);
		UUID connector = as(plant.company(), () -> connectors.create(plant.hr(), ConnectorTestData.rows("Sneaky",
				plant.erp(), "select 'E-1', nextval('" + sequence + "')", plant.definition(), plant.year().id())).id());
		RunView run = runNow(plant, connector);
		assertThat(run.status()).isEqualTo(RunStatus.FAILED);
		assertThat(run.errorDetail()).contains("read-only transaction");
		assertThat(plant.erp().number("select count(*) from " + plant.table())).isEqualTo(7);
		assertThat(plant.erp().number("select nextval('" + sequence + "')")).as("the sequence never moved").isEqualTo(1);
	}

	@Test
	void aSingleValueConnectorRecordsOneNumberIntoOneKpiForTheChosenMonth() {
		Plant plant = plant();
		UUID unitKpi = as(plant.company(), () -> kpis.create(plant.hr(), new NewKpi("生产损耗率≤5%", null,
				OwnerType.ORG_UNIT, plant.company().salesUnit(), plant.year().id(), null, null,
				ConnectorTestData.lossRate("5"))).goal().id());
		YearMonth february = YearMonth.from(plant.month(2));
		ConnectorRequest request = new ConnectorRequest("Plant average", plant.erp().url(), plant.erp().user(),
				plant.erp().password(), "select avg(loss_rate) from " + plant.table() + " where month_start = date '"
						+ plant.month(2) + "'",
				ConnectorMode.SINGLE_VALUE, unitKpi, null, null, ValuePeriod.FIXED_MONTH, february, Schedule.MANUAL, null,
				null, null, true);
		UUID connector = as(plant.company(), () -> connectors.create(plant.hr(), request).id());
		RunView run = runNow(plant, connector);
		assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
		assertThat(run.recorded()).isEqualTo(1);
		KpiDetail unit = kpi(plant, unitKpi);
		// (4.4 + 5.5) / 2 = 4.95 → 5 / 4.95
		assertThat(unit.byPeriod().get(1).actual()).isEqualByComparingTo("4.95");
		assertThat(unit.byPeriod().get(1).completion()).isEqualByComparingTo("1.0101");
		LocalDate measuredOn = jdbc.sql("select measured_on from kpi_measurement where tenant_id = :tenant")
			.param("tenant", plant.company().id())
			.query(LocalDate.class)
			.single();
		assertThat(measuredOn).isEqualTo(february.atDay(1));
	}

	@Test
	void theSchedulerRunsADueDailyConnectorOnceAndSchedulesTheNextDay() {
		Plant plant = plant();
		ConnectorRequest daily = new ConnectorRequest("Nightly", plant.erp().url(), plant.erp().user(),
				plant.erp().password(), "select employee_no, loss_rate, month_start from " + plant.table(),
				ConnectorMode.ROWS, null, plant.definition(), plant.year().id(), ValuePeriod.CURRENT_MONTH, null,
				Schedule.DAILY, 3, null, null, true);
		ConnectorView created = as(plant.company(), () -> connectors.create(plant.hr(), daily));
		Instant due = created.nextRunAt();
		assertThat(due).isNotNull().isAfter(Instant.now());
		assertThat(due.atZone(java.time.ZoneId.of("Asia/Shanghai")).getHour()).isEqualTo(3);

		scheduler.runDue(due.minusSeconds(60));
		assertThat(as(plant.company(), () -> connectors.get(plant.hr(), created.id())).lastRun()).isNull();

		scheduler.runDue(due.plusSeconds(30));
		ConnectorView after = as(plant.company(), () -> connectors.get(plant.hr(), created.id()));
		assertThat(after.lastRun()).isNotNull();
		assertThat(after.lastRun().trigger()).isEqualTo(RunTrigger.SCHEDULE);
		assertThat(after.lastRun().recorded()).isEqualTo(6);
		assertThat(after.nextRunAt()).isEqualTo(due.plus(java.time.Duration.ofDays(1)));
		assertThat(after.runningSince()).isNull();

		scheduler.runDue(due.plusSeconds(90));
		assertThat(as(plant.company(), () -> connectors.runs(plant.hr(), created.id(),
				io.lodestar.platform.web.PageQuery.of(0, 20, null))).totalItems()).isEqualTo(1);
		assertThat(measurements(plant)).isEqualTo(6);
	}

	@Test
	void aConnectorClaimedByAnotherNodeIsNotRunTwiceUntilTheClaimGoesStale() {
		Plant plant = plant();
		UUID connector = rowsConnector(plant);
		UUID tenant = plant.company().id();
		Instant now = Instant.now();
		assertThat(runs.claim(tenant, connector, now)).isTrue();
		assertThat(runs.claim(tenant, connector, now.plusSeconds(5))).isFalse();
		assertThatThrownBy(() -> runNow(plant, connector)).isInstanceOfSatisfying(BusinessRuleException.class,
				busy -> assertThat(busy.code()).isEqualTo("integration.connector.busy"));
		assertThat(measurements(plant)).isZero();
		// the node holding it died: after 15 minutes the claim can be taken over
		assertThat(runs.claim(tenant, connector, now.plus(ConnectorRuns.STALE_CLAIM).plusSeconds(1))).isTrue();
		runs.release(tenant, connector, null);
		assertThat(runNow(plant, connector).recorded()).isEqualTo(6);
	}

}
