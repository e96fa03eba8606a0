package io.lodestar.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;

/**
 * Builds KPI data for the page tests through the services, as the person given: library definitions, unit
 * and personal KPIs in last fiscal year (every month of it is in the past), and counts from the database.
 */
public final class KpiData {

	private final KpiLibrary library;

	private final KpiManagement kpis;

	private final PeriodCalendar calendar;

	private final JdbcClient jdbc;

	public KpiData(KpiLibrary library, KpiManagement kpis, PeriodCalendar calendar, JdbcClient jdbc) {
		this.library = library;
		this.kpis = kpis;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	public static <T> T as(Fixtures.Person person, Supplier<T> work) {
		return SystemActor.runAs(person.tenantId(), work);
	}

	/** The year period of last fiscal year. */
	public Period lastYear(Fixtures.Company company) {
		int year = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
		return calendar.year(company.id(), year).get(0);
	}

	public Period month(Fixtures.Company company, Period year, int sequence) {
		return calendar.within(company.id(), year, PeriodKind.MONTH).get(sequence - 1);
	}

	public static KpiConfig config(Direction direction, ScoringMethod method, String baseline, String target,
			String weight) {
		return new KpiConfig("%", direction, method, Aggregation.AVERAGE, PeriodKind.MONTH,
				baseline == null ? null : new BigDecimal(baseline), target == null ? null : new BigDecimal(target), null,
				null, null, true, null, List.of(), new BigDecimal("1.2"), BigDecimal.ZERO, new BigDecimal(weight), false,
				null);
	}

	/** "个人操作损耗率≤4%": decrease from 7 % to 4 %, progress scoring, capped at 120 %. */
	public KpiDefinitionView lossRate(Fixtures.Company company) {
		return as(company.hr(), () -> library.create(company.hr().principal(), new KpiDefinitionRequest("LOSS-OP",
				"个人操作损耗率≤4%", null, config(Direction.DECREASE, ScoringMethod.PROGRESS, "7", "4", "50"), null)));
	}

	public UUID unitKpi(Fixtures.Company company, UUID unit, String title, Period period, KpiConfig config) {
		return as(company.hr(), () -> kpis.create(company.hr().principal(),
				new NewKpi(title, null, OwnerType.ORG_UNIT, unit, period.id(), null, null, config)).goal().id());
	}

	public UUID personalKpi(Fixtures.Company company, Fixtures.Person owner, String title, Period period,
			KpiConfig config, UUID definitionId) {
		KpiConfig withDefinition = new KpiConfig(config.unit(), config.direction(), config.method(),
				config.aggregation(), config.frequency(), config.baseline(), config.target(), config.stretch(),
				config.rangeLow(), config.rangeHigh(), config.inclusive(), config.tolerance(), config.steps(),
				config.cap(), config.floor(), config.weight(), config.selfReported(), definitionId);
		return as(company.hr(), () -> kpis.create(company.hr().principal(), new NewKpi(title, null, OwnerType.EMPLOYEE,
				owner.employeeId(), period.id(), null, null, withDefinition)).goal().id());
	}

	public long kpisOf(UUID tenant) {
		return jdbc.sql("select count(*) from kpi where tenant_id = :t").param("t", tenant).query(Long.class).single();
	}

	public long measurements(UUID tenant) {
		return jdbc.sql("select count(*) from kpi_measurement where tenant_id = :t").param("t", tenant)
			.query(Long.class)
			.single();
	}

	public long definitions(UUID tenant) {
		return jdbc.sql("select count(*) from kpi_definition where tenant_id = :t").param("t", tenant)
			.query(Long.class)
			.single();
	}

}
