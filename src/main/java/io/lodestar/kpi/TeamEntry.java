package io.lodestar.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalRef;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * The team entry grid: every KPI the user may record actuals for (their reports' and their units' KPIs;
 * for HR everyone's) that runs in a month, with its current value, and the values typed into the grid
 * recorded in one batch, all or nothing. Values are dated the last day of the month, or today for the
 * current month.
 */
@Service
public class TeamEntry {

	/** More rows than a page can show (and post): narrow the grid by org unit. */
	public static final int LIMIT = 300;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final GoalDirectory goals;

	private final GoalAccess access;

	private final KpiConfigs kpis;

	private final PeriodCalendar calendar;

	private final PeopleDirectory people;

	private final CompanyManagement companies;

	private final Measurements measurements;

	private final JdbcClient jdbc;

	TeamEntry(GoalDirectory goals, GoalAccess access, KpiConfigs kpis, PeriodCalendar calendar,
			PeopleDirectory people, CompanyManagement companies, Measurements measurements, JdbcClient jdbc) {
		this.goals = goals;
		this.access = access;
		this.kpis = kpis;
		this.calendar = calendar;
		this.people = people;
		this.companies = companies;
		this.measurements = measurements;
		this.jdbc = jdbc;
	}

	/**
	 * One KPI of the grid.
	 *
	 * @param measurementPeriod the period the new value counts in (the month for monthly KPIs)
	 * @param current the actual of that period so far, null without data
	 */
	public record Row(UUID kpiId, String title, OwnerType ownerType, UUID ownerId, String ownerName, String ownerNo,
			KpiConfig config, Period measurementPeriod, BigDecimal current, int count) {
	}

	/** @param total how many KPIs there are; {@code rows} stops at the limit ({@link #LIMIT} on pages) */
	public record Grid(YearMonth month, LocalDate date, List<Row> rows, int total) {

		public boolean truncated() {
			return total > rows.size();
		}

	}

	/** One value to record. */
	public record Entry(UUID kpiId, BigDecimal value) {
	}

	/** The months a grid may be for: this fiscal year and the last, up to this month, newest first. */
	@Transactional(readOnly = true)
	public List<YearMonth> months(CurrentUser user) {
		UUID tenant = user.tenant();
		LocalDate today = calendar.today(tenant);
		int year = calendar.fiscalYearOf(tenant, today);
		LocalDate start = calendar.year(tenant, year - 1).get(0).startsOn();
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(today); !month.atEndOfMonth().isBefore(start); month = month.minusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** This month in the company's time zone. */
	public YearMonth currentMonth(CurrentUser user) {
		return YearMonth.from(calendar.today(user.tenant()));
	}

	/** The date values entered for a month carry: its last day, or today in the current month. */
	public LocalDate dateFor(CurrentUser user, YearMonth month) {
		LocalDate today = calendar.today(user.tenant());
		if (month.isAfter(YearMonth.from(today))) {
			throw BusinessRuleException.invalid("kpi.entry.month.future", "period");
		}
		return month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
	}

	/** The grid for a month, optionally only for the people and units of one org unit (and below). */
	@Transactional(readOnly = true)
	public Grid grid(CurrentUser user, YearMonth month, UUID unitId) {
		return grid(user, month, unitId, LIMIT);
	}

	/** The grid with at most {@code limit} rows (a sheet to fill in may hold more than a page). */
	@Transactional(readOnly = true)
	public Grid grid(CurrentUser user, YearMonth month, UUID unitId, int limit) {
		UUID tenant = user.tenant();
		LocalDate date = dateFor(user, month);
		List<Period> enclosing = calendar.enclosing(tenant, calendar.containing(tenant, date, PeriodKind.MONTH));
		GoalAccess.Scope scope = access.scopeOf(user);
		Set<UUID> unitFilter = unitId == null ? null : new HashSet<>(people.unitAndDescendants(tenant, unitId));
		Set<UUID> peopleFilter = new HashSet<>();
		if (unitId != null) {
			people.activeEmployees(tenant, unitId, null).forEach(employee -> peopleFilter.add(employee.id()));
		}
		List<GoalRef> candidates = goals.ofKindIn(tenant, GoalKind.KPI, enclosing.stream().map(Period::id).toList())
			.stream()
			.filter(goal -> scope.canManage(goal.ownerType(), goal.ownerId())
					|| (goal.ownerType() == OwnerType.EMPLOYEE && user.isEmployee(goal.ownerId())))
			.filter(goal -> unitFilter == null || switch (goal.ownerType()) {
				case COMPANY -> false;
				case ORG_UNIT -> unitFilter.contains(goal.ownerId());
				case EMPLOYEE -> peopleFilter.contains(goal.ownerId());
			})
			.toList();
		Map<UUID, KpiConfig> configs = kpis.of(tenant, candidates.stream().map(GoalRef::id).toList());
		List<GoalRef> recordable = candidates.stream()
			.filter(goal -> configs.containsKey(goal.id()))
			.filter(goal -> scope.canRecord(goal.ownerType(), goal.ownerId(), configs.get(goal.id()).selfReported()))
			.toList();
		Map<UUID, String> names = new HashMap<>();
		Map<UUID, String> numbers = new HashMap<>();
		Set<UUID> employees = new HashSet<>();
		Set<UUID> units = new HashSet<>();
		recordable.forEach(goal -> (goal.ownerType() == OwnerType.EMPLOYEE ? employees : units).add(goal.ownerId()));
		units.remove(null);
		names.putAll(people.employeeNames(tenant, employees));
		names.putAll(people.unitNames(tenant, units));
		String company = companies.nameOf(tenant);
		List<GoalRef> sorted = recordable.stream()
			.sorted(Comparator.comparing((GoalRef goal) -> goal.ownerType().ordinal())
				.thenComparing(goal -> goal.ownerId() == null ? "" : names.getOrDefault(goal.ownerId(), ""))
				.thenComparing(GoalRef::title))
			.toList();
		List<GoalRef> shown = sorted.size() > limit ? sorted.subList(0, limit) : sorted;
		// one look-up per person shown, not per KPI
		shown.stream()
			.filter(goal -> goal.ownerType() == OwnerType.EMPLOYEE)
			.map(GoalRef::ownerId)
			.distinct()
			.forEach(owner -> people.employee(tenant, owner)
				.map(EmployeeSummary::employeeNo)
				.ifPresent(number -> numbers.put(owner, number)));
		Map<String, BigDecimal[]> results = results(tenant, shown, enclosing);
		List<Row> rows = new ArrayList<>();
		for (GoalRef goal : shown) {
			KpiConfig config = configs.get(goal.id());
			Period measured = calendar.containing(tenant, date, config.frequency());
			BigDecimal[] result = results.get(goal.id() + ":" + measured.id());
			rows.add(new Row(goal.id(), goal.title(), goal.ownerType(), goal.ownerId(),
					goal.ownerType() == OwnerType.COMPANY ? company : names.get(goal.ownerId()),
					numbers.get(goal.ownerId()), config, measured, result == null ? null : result[0],
					result == null ? 0 : result[1].intValue()));
		}
		return new Grid(month, date, rows, sorted.size());
	}

	/** Actual and count per "kpi:period" for the KPIs in the periods around the month. */
	private Map<String, BigDecimal[]> results(UUID tenant, List<GoalRef> shown, List<Period> periods) {
		Map<String, BigDecimal[]> results = new HashMap<>();
		if (shown.isEmpty()) {
			return results;
		}
		jdbc.sql("""
				select kpi_id, period_id, actual, measurement_count from kpi_result
				where tenant_id = :tenant and kpi_id in (:kpis) and period_id in (:periods)
				""")
			.param("tenant", tenant)
			.param("kpis", shown.stream().map(GoalRef::id).toList())
			.param("periods", periods.stream().map(Period::id).toList())
			.query(rs -> {
				results.put(rs.getObject(1, UUID.class) + ":" + rs.getObject(2, UUID.class),
						new BigDecimal[] { rs.getBigDecimal(3), BigDecimal.valueOf(rs.getInt(4)) });
			});
		return results;
	}

	/**
	 * Records the values (source MANUAL) dated in the month, all or nothing: a bad value refuses the batch
	 * with the index of each bad entry. A form token makes a second submission of the same form (a double
	 * click, a reload) change nothing.
	 *
	 * @throws BatchRejectedException with problems indexed like {@code entries}
	 */
	public RecordedBatch record(CurrentUser user, YearMonth month, List<Entry> entries, String formToken) {
		LocalDate date = dateFor(user, month);
		String token = formToken != null && TOKEN.matcher(formToken).matches() ? formToken : null;
		List<NewMeasurement> items = entries.stream()
			.map(entry -> new NewMeasurement(entry.kpiId(), entry.value(), date, null,
					token == null || entry.kpiId() == null || entry.value() == null ? null
							: "entry:" + token + ":" + entry.kpiId() + ":" + KpiValues.plain(entry.value()),
					null, false))
			.toList();
		return measurements.record(user, MeasurementSource.MANUAL, items, false);
	}

}
