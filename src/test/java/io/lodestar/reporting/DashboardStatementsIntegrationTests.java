package io.lodestar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewKpi;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.NewEmployee;
import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitRequest;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * A dashboard request costs a small, constant number of SQL statements: the same for a unit of 5 people as for
 * one of 50 (no statement per person, KPI or sub-unit). Statements are counted where every query passes, at
 * the connection: each prepared or plain statement created on the test's thread while counting.
 */
@IntegrationTest
class DashboardStatementsIntegrationTests {

	/** The most statements any dashboard request may take (sign-in refresh and layout included). */
	static final int BUDGET = 25;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	EmployeeManagement employees;

	@Autowired
	KpiManagement kpis;

	@Autowired
	Measurements measurements;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	GoalManagement goals;

	@Test
	void aUnitOfFiftyPeopleCostsAsManyStatementsAsAUnitOfFive() throws Exception {
		var company = fixtures.company();
		int fiscalYear = SystemActor.runAs(company.id(),
				() -> calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1);
		Period year = SystemActor.runAs(company.id(), () -> calendar.year(company.id(), fiscalYear).get(0));
		UUID small = staffedUnit(company, year, "SMALL", 5);
		UUID large = staffedUnit(company, year, "LARGE", 50);
		String period = "?year=" + fiscalYear + "&period=Y";

		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String kind : List.of("", "/trend", "/sub-units", "/distribution")) {
			for (UUID unit : List.of(small, large)) {
				String path = kind.isEmpty() ? "/dashboard/units/" + unit : "/reporting/charts/units/" + unit + kind;
				counts.put(kind + (unit == small ? " 5" : " 50"), statements(path + period, company.hr()));
			}
		}
		for (String kind : List.of("", "/trend", "/sub-units", "/distribution")) {
			assertThat(counts.get(kind + " 50")).as("statements of %s for 50 people vs 5: %s", kind, counts)
				.isEqualTo(counts.get(kind + " 5"));
		}
		System.out.println("Statements per dashboard request: " + counts);
		assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(1, BUDGET));
		// the company dashboard and the person dashboard stay within the same budget
		Map<String, Integer> others = new LinkedHashMap<>();
		others.put("company", statements("/dashboard" + period, company.hr()));
		others.put("company distribution", statements("/reporting/charts/company/distribution" + period, company.hr()));
		others.put("person", statements("/dashboard/people/" + company.employee().employeeId() + period,
				company.manager()));
		others.put("person trend", statements("/reporting/charts/people/" + company.employee().employeeId() + "/trend"
				+ period, company.manager()));
		System.out.println("Statements per dashboard request: " + others);
		assertThat(others.values()).allSatisfy(count -> assertThat(count).isBetween(1, BUDGET));
	}

	/** A unit with two teams and {@code size} people, each with two KPIs and an actual for each of three months. */
	private UUID staffedUnit(Fixtures.Company company, Period year, String code, int size) {
		return SystemActor.runAs(company.id(), () -> {
			CurrentUser hr = company.hr().principal();
			UUID unit = units.create(hr, new OrgUnitRequest(company.rootUnit(), code, code, OrgUnitKind.DEPARTMENT, null, 5))
				.id();
			List<UUID> teams = new ArrayList<>();
			for (int team = 1; team <= 2; team++) {
				teams.add(units.create(hr, new OrgUnitRequest(unit, code + "-" + team, code + " team " + team,
						OrgUnitKind.TEAM, null, team)).id());
				kpi(hr, "Team output", OwnerType.ORG_UNIT, teams.get(team - 1), year, "100");
			}
			List<NewMeasurement> actuals = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				UUID person = employees.hire(hr, new NewEmployee(code + "-" + i, code + " person " + i, null, null,
						LocalDate.of(2020, 1, 1), teams.get(i % 2), null, company.manager().employeeId())).id();
				for (String title : List.of("Output", "Quality")) {
					UUID kpi = kpi(hr, title, OwnerType.EMPLOYEE, person, year, "50");
					for (int month = 1; month <= 3; month++) {
						actuals.add(DashboardScenario.actual(kpi, year, month, String.valueOf(80 + i % 40)));
					}
				}
			}
			measurements.record(hr, MeasurementSource.MANUAL, actuals, false);
			return unit;
		});
	}

	private UUID kpi(CurrentUser hr, String title, OwnerType ownerType, UUID owner, Period year, String weight) {
		var config = DashboardScenario.config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "100", Aggregation.AVERAGE,
				weight);
		return kpis.create(hr, new NewKpi(title, null, ownerType, owner, year.id(), null, null, config)).goal().id();
	}

	/** Statements issued by one request (after a first, uncounted one that warms the period cache). */
	private int statements(String path, Fixtures.Person person) throws Exception {
		assertThat(mvc.perform(get(path).with(Fixtures.as(person))).andReturn().getResponse().getStatus()).as(path)
			.isEqualTo(200);
		StatementCounter.start();
		try {
			mvc.perform(get(path).with(Fixtures.as(person))).andReturn();
		}
		finally {
			StatementCounter.stop();
		}
		return StatementCounter.count();
	}

	/** Counts the statements created on the current thread between start and stop. */
	static final class StatementCounter {

		private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

		private static final ThreadLocal<Integer> LAST = ThreadLocal.withInitial(() -> 0);

		static void start() {
			COUNT.set(new AtomicInteger());
		}

		static void stop() {
			LAST.set(COUNT.get().get());
			COUNT.remove();
		}

		static int count() {
			return LAST.get();
		}

		static void created() {
			AtomicInteger count = COUNT.get();
			if (count != null) {
				count.incrementAndGet();
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource)
							: bean;
				}
			};
		}

	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			InvocationHandler handler = (proxy, method, arguments) -> {
				String name = method.getName();
				if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
					StatementCounter.created();
				}
				try {
					return method.invoke(connection, arguments);
				}
				catch (InvocationTargetException e) {
					throw e.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					handler);
		}

	}

}
