package io.lodestar.security;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiDefinitionRequest;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewKpi;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;

/**
 * Goals and KPI data of a company for the cross-tenant tests: last fiscal year's periods (one month locked),
 * a strategic goal, an employee's KPI contributing to it with one measurement, and a library KPI; and a
 * fingerprint of every goal and KPI row the company owns.
 */
final class TenantGoalData {

	/** A valid KPI configuration in JSON, for request bodies. */
	static final String KPI_CONFIG = "{\"direction\":\"AT_MOST\",\"method\":\"RATIO\",\"aggregation\":\"LAST\","
			+ "\"frequency\":\"MONTH\",\"target\":4,\"weight\":30}";

	private final ApplicationContext context;

	TenantGoalData(ApplicationContext context) {
		this.context = context;
	}

	/** Ids by entity: period (a month), goal, kpi, measurement, kpi-definition. */
	Map<String, UUID> create(Fixtures.Company company) {
		PeriodCalendar calendar = context.getBean(PeriodCalendar.class);
		CurrentUser hr = company.hr().principal();
		UUID tenant = company.id();
		return SystemActor.runAs(tenant, () -> {
			int lastYear = calendar.fiscalYearOf(tenant, calendar.today(tenant)) - 1;
			Period year = calendar.year(tenant, lastYear).get(0);
			List<Period> months = calendar.within(tenant, year, PeriodKind.MONTH);
			UUID strategy = context.getBean(GoalManagement.class)
				.create(hr, new NewGoal(GoalKind.STRATEGY, company.code() + " strategy", null, OwnerType.COMPANY, null,
						year.id(), null, null, null, null, null))
				.id();
			KpiConfig config = new KpiConfig("%", Direction.DECREASE, ScoringMethod.PROGRESS, Aggregation.AVERAGE,
					PeriodKind.MONTH, new BigDecimal("7"), new BigDecimal("4"), null, null, null, true, null, List.of(),
					new BigDecimal("1.2"), BigDecimal.ZERO, new BigDecimal("50"), false, null);
			UUID kpi = context.getBean(KpiManagement.class)
				.create(hr, new NewKpi(company.code() + " loss rate", null, OwnerType.EMPLOYEE,
						company.employee().employeeId(), year.id(), strategy, null, config))
				.goal()
				.id();
			UUID measurement = context.getBean(Measurements.class)
				.record(hr, MeasurementSource.API, List.of(new NewMeasurement(kpi, new BigDecimal("5"),
						months.get(0).startsOn().plusDays(3), "erp", company.code() + "-key-1", null, false)), false)
				.recorded()
				.get(0);
			calendar.lock(hr, months.get(1).id(), true, "final");
			UUID definition = context.getBean(KpiLibrary.class)
				.create(hr, new KpiDefinitionRequest(company.code() + "-LOSS", company.code() + " loss", null, config, null))
				.id();
			Map<String, UUID> ids = new LinkedHashMap<>();
			ids.put("period", months.get(0).id());
			ids.put("goal", strategy);
			ids.put("kpi", kpi);
			ids.put("measurement", measurement);
			ids.put("kpi-definition", definition);
			return ids;
		});
	}

	/** The company's current fiscal year period. */
	UUID currentYear(Fixtures.Company company) {
		PeriodCalendar calendar = context.getBean(PeriodCalendar.class);
		return SystemActor.runAs(company.id(), () -> calendar.current(company.id(), PeriodKind.YEAR).id());
	}

	/** Every goal and KPI row of the company and its goal settings, in a stable order. */
	static String fingerprint(JdbcClient jdbc, UUID tenant) {
		StringBuilder all = new StringBuilder();
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("goal_period", "id");
		tables.put("goal", "id");
		tables.put("goal_support", "goal_id, supported_goal_id");
		tables.put("kpi_definition", "id");
		tables.put("kpi", "goal_id");
		tables.put("kpi_measurement", "id");
		tables.put("kpi_result", "kpi_id, period_id");
		for (Map.Entry<String, String> table : tables.entrySet()) {
			jdbc.sql("select * from " + table.getKey() + " where tenant_id = :tenant order by " + table.getValue())
				.param("tenant", tenant)
				.query(rs -> {
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						all.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(';');
					}
					all.append('\n');
				});
		}
		all.append(jdbc.sql("select fiscal_year_start_month || ':' || cast(kpi_actuals_public as varchar(5)) "
				+ "from company where id = :id").param("id", tenant).query(String.class).single());
		return all.toString();
	}

}
