package io.lodestar.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.lodestar.goals.GoalKind;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.Assignment;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiDefinitionRequest;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.NewKpi;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.kpi.PersonTarget;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/**
 * Builds a demo company's goals through the real services: library definitions, strategic goals, unit and
 * personal KPIs, and monthly actuals for the last fiscal year and this one up to today. Actuals of each year
 * are recorded in one batch so results are computed once.
 */
final class DemoGoals {

	private final DemoServices services;

	private final CurrentUser system;

	private final UUID tenant;

	private final Random random;

	private final Map<String, UUID> units = new HashMap<>();

	private final Map<String, UUID> positions = new HashMap<>();

	private final List<NewMeasurement> pending = new ArrayList<>();

	DemoGoals(DemoServices services, CurrentUser system, long seed) {
		this.services = services;
		this.system = system;
		this.tenant = system.tenant();
		this.random = new Random(seed);
		services.units().tree(system).forEach(root -> root.flatten().forEach(node -> units.put(node.code(), node.id())));
		services.positions().all(system).forEach(position -> positions.put(position.code(), position.id()));
	}

	DemoServices services() {
		return services;
	}

	Random random() {
		return random;
	}

	UUID unit(String code) {
		return units.get(code);
	}

	OrgUnitNode unitNode(String code) {
		return services.units().get(system, units.get(code));
	}

	/** Active employees of a unit (with sub-units), optionally holding a position, in employee-number order. */
	List<EmployeeSummary> people(String unitCode, String positionCode) {
		return services.people()
			.activeEmployees(tenant, units.get(unitCode), positionCode == null ? null : positions.get(positionCode))
			.stream()
			.sorted(java.util.Comparator.comparing(EmployeeSummary::employeeNo))
			.toList();
	}

	EmployeeSummary head(String unitCode) {
		OrgUnitNode node = unitNode(unitCode);
		return services.people().employee(tenant, node.head().id()).orElseThrow();
	}

	UUID newUnit(String parentCode, String code, String name, UUID head) {
		UUID id = services.units()
			.create(system, new io.lodestar.people.OrgUnitRequest(units.get(parentCode), code, name,
					io.lodestar.people.OrgUnitKind.TEAM, head, units.size() * 10))
			.id();
		units.put(code, id);
		return id;
	}

	LocalDate today() {
		return services.calendar().today(tenant);
	}

	/** The year period of the fiscal year {@code offset} years from the current one (0 = this year). */
	Period year(int offset) {
		int current = services.calendar().fiscalYearOf(tenant, today());
		return services.calendar().year(tenant, current + offset).get(0);
	}

	/** The months of a year period that have begun by the 15th of the month, in order. */
	List<Period> monthsSoFar(Period year) {
		return services.calendar()
			.within(tenant, year, PeriodKind.MONTH)
			.stream()
			.filter(month -> !month.startsOn().plusDays(14).isAfter(today()))
			.toList();
	}

	static KpiConfig config(String unit, Direction direction, ScoringMethod method, Aggregation aggregation,
			String baseline, String target, String cap, String weight) {
		return new KpiConfig(unit, direction, method, aggregation, PeriodKind.MONTH, decimal(baseline), decimal(target),
				null, null, null, true, null, List.of(), decimal(cap), BigDecimal.ZERO, decimal(weight), false, null);
	}

	/** The same configuration, marked as taken from a library definition (so dashboards can compare units on it). */
	static KpiConfig fromLibrary(UUID definition, KpiConfig config) {
		return new KpiConfig(config.unit(), config.direction(), config.method(), config.aggregation(), config.frequency(),
				config.baseline(), config.target(), config.stretch(), config.rangeLow(), config.rangeHigh(),
				config.inclusive(), config.tolerance(), config.steps(), config.cap(), config.floor(), config.weight(),
				config.selfReported(), definition);
	}

	UUID definition(String code, String name, String description, KpiConfig config) {
		return services.library().create(system, new KpiDefinitionRequest(code, name, description, config, null)).id();
	}

	UUID strategy(String title, String description, Period period) {
		return services.goals()
			.create(system, new NewGoal(GoalKind.STRATEGY, title, description, OwnerType.COMPANY, null, period.id(), null,
					null, null, null, null))
			.id();
	}

	UUID kpi(String title, OwnerType ownerType, UUID owner, Period period, UUID parent, KpiConfig config) {
		return services.kpis()
			.create(system, new NewKpi(title, null, ownerType, owner, period.id(), parent, null, config))
			.goal()
			.id();
	}

	/** Applies a library definition to people with their own targets, as HR does with the assignment grid. */
	Map<UUID, UUID> assign(UUID definition, Period period, UUID parent, List<EmployeeSummary> people,
			java.util.function.Function<EmployeeSummary, String> target) {
		List<PersonTarget> rows = people.stream()
			.map(person -> new PersonTarget(person.id(), decimal(target.apply(person)), null))
			.toList();
		Map<UUID, UUID> kpiByPerson = new HashMap<>();
		for (KpiDetail created : services.library().assign(system, new Assignment(definition, period.id(), parent, rows))) {
			kpiByPerson.put(created.goal().ownerId(), created.goal().id());
		}
		return kpiByPerson;
	}

	/** Queues an actual for the 15th of the month (recorded by {@link #flush}). */
	void actual(UUID kpi, Period month, BigDecimal value, String sourceRef) {
		pending.add(new NewMeasurement(kpi, value.setScale(2, RoundingMode.HALF_UP), month.startsOn().plusDays(14),
				sourceRef, null, null, false));
	}

	void flush(MeasurementSource source) {
		if (!pending.isEmpty()) {
			services.measurements().record(system, source, List.copyOf(pending), false);
			// the appraisal and dashboards of the demo read the results right away
			services.measurements().completeResults(tenant);
			pending.clear();
		}
	}

	/** Someone of the company acting in person (to author feedback as themself, not as "system"). */
	CurrentUser as(EmployeeSummary person, io.lodestar.platform.security.Role... roles) {
		UUID account = services.accounts().accountOfEmployee(tenant, person.id()).orElseThrow();
		java.util.Set<io.lodestar.platform.security.Role> all = java.util.EnumSet
			.of(io.lodestar.platform.security.Role.EMPLOYEE, roles);
		return new CurrentUser(account, tenant, person.id(), person.email(), person.name(), all, 0,
				CurrentUser.AuthMethod.SESSION, java.util.Set.of(), null);
	}

	/** People who can sign in (some line workers have no account: their team leader records for them). */
	List<EmployeeSummary> withAccounts(List<EmployeeSummary> people) {
		return people.stream().filter(person -> services.accounts().accountOfEmployee(tenant, person.id()).isPresent())
			.toList();
	}

	/** A manager's feedback on a report's KPI, and the report's reply. */
	void feedback(EmployeeSummary manager, EmployeeSummary report, UUID kpi, String message, String reply) {
		CurrentUser author = as(manager, io.lodestar.platform.security.Role.MANAGER);
		var thread = services.feedback().give(author, new io.lodestar.engagement.NewFeedback(report.id(), kpi, message));
		if (reply != null) {
			services.feedback().reply(as(report), thread.id(), reply);
		}
	}

	/** A support request an employee raises on their KPI, left open for the manager. */
	void supportRequest(EmployeeSummary employee, UUID kpi, String message) {
		services.support().raise(as(employee), new io.lodestar.engagement.NewSupportRequest(kpi, message));
	}

	/** A value around {@code centre} with a little noise, never below {@code floor}. */
	BigDecimal around(double centre, double spread, double floor) {
		return BigDecimal.valueOf(Math.max(floor, centre + random.nextGaussian() * spread));
	}

	static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

}
