package io.lodestar.attendance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NotFoundException;

/**
 * Monthly attendance for people and org units, with who may read what decided here for pages and API alike:
 * everyone their own month; a manager the people below them in the reporting lines and in the units they head,
 * and those units; HR and executives everything in the company. Another company's people and units are not found.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceSummaries {

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final MonthTotals totals;

	private final CompanyManagement companies;

	AttendanceSummaries(JdbcClient jdbc, PeopleDirectory people, MonthTotals totals, CompanyManagement companies) {
		this.jdbc = jdbc;
		this.people = people;
		this.totals = totals;
		this.companies = companies;
	}

	/** No month given: the company's current one. */
	private YearMonth orCurrent(UUID tenant, YearMonth month) {
		return month != null ? month : YearMonth.from(companies.today(tenant));
	}

	static boolean seesEveryone(CurrentUser user) {
		return user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE);
	}

	public PersonMonth person(CurrentUser user, UUID employeeId, YearMonth requested) {
		UUID tenant = user.tenant();
		YearMonth month = orCurrent(tenant, requested);
		EmployeeSummary employee = people.employee(tenant, employeeId)
			.orElseThrow(() -> new NotFoundException("employee", employeeId));
		if (!user.isEmployee(employeeId) && !seesEveryone(user) && !team(user).contains(employeeId)
				&& !unitsLed(user).contains(employee.orgUnitId())) {
			throw new AccessDeniedException("attendance.summary.not-allowed");
		}
		List<DayResult> days = jdbc.sql("select " + DailyResults.COLUMNS + " from attendance_day_result "
				+ "where tenant_id = :tenant and employee_id = :employee and work_day between :from and :to order by work_day")
			.param("tenant", tenant)
			.param("employee", employeeId)
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.query(DailyResults::map)
			.list();
		MonthSummary summary = totals.byEmployee(tenant, List.of(employeeId), month)
			.getOrDefault(employeeId, MonthSummary.empty(employeeId, null))
			.named(employeeId, employee.name());
		return new PersonMonth(employeeId, employee.employeeNo(), employee.name(), month, summary, days);
	}

	public UnitMonth unit(CurrentUser user, UUID unitId, YearMonth requested) {
		UUID tenant = user.tenant();
		YearMonth month = orCurrent(tenant, requested);
		Map<UUID, String> names = people.unitNames(tenant, List.of(unitId));
		if (names.isEmpty()) {
			throw new NotFoundException("org-unit", unitId);
		}
		if (!seesEveryone(user) && !unitsLed(user).contains(unitId)) {
			throw new AccessDeniedException("attendance.summary.not-allowed");
		}
		List<UUID> subtree = people.unitAndDescendants(tenant, unitId);
		List<UUID> employees = totals.employeesIn(tenant, subtree);
		Map<UUID, MonthSummary> byEmployee = totals.byEmployee(tenant, employees, month);
		MonthSummary all = byEmployee.values().stream().reduce(MonthSummary.empty(unitId, names.get(unitId)),
				MonthSummary::plus);
		List<UUID> children = jdbc.sql("select id from people_org_unit where tenant_id = :tenant and parent_id = :unit")
			.param("tenant", tenant)
			.param("unit", unitId)
			.query(UUID.class)
			.list();
		Map<UUID, String> childNames = people.unitNames(tenant, children);
		List<MonthSummary> subUnits = new ArrayList<>();
		for (UUID child : children) {
			MonthSummary sum = MonthSummary.empty(child, childNames.get(child));
			for (UUID employee : totals.employeesIn(tenant, people.unitAndDescendants(tenant, child))) {
				if (byEmployee.containsKey(employee)) {
					sum = sum.plus(byEmployee.get(employee));
				}
			}
			subUnits.add(sum);
		}
		subUnits.sort(Comparator.comparing(MonthSummary::name));
		return new UnitMonth(unitId, names.get(unitId), month, all.named(unitId, names.get(unitId)), subUnits,
				summaries(tenant, employees, byEmployee));
	}

	/** The people the user may read besides themselves (a manager's team; everyone for HR), with their month. */
	public List<MonthSummary> team(CurrentUser user, YearMonth requested) {
		UUID tenant = user.tenant();
		YearMonth month = orCurrent(tenant, requested);
		List<UUID> employees;
		if (seesEveryone(user)) {
			employees = totals.active(tenant);
		}
		else {
			Set<UUID> mine = new java.util.HashSet<>(team(user));
			mine.addAll(totals.employeesIn(tenant, unitsLed(user)));
			mine.remove(user.employeeId());
			employees = List.copyOf(mine);
		}
		return summaries(tenant, employees, totals.byEmployee(tenant, employees, month));
	}

	/** The top units a manager heads (HR and executives start from the root instead), by name. */
	public Map<UUID, String> unitsHeaded(CurrentUser user) {
		Set<UUID> led = unitsLed(user);
		if (led.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> tops = new java.util.TreeMap<>();
		jdbc.sql("select id, name, parent_id from people_org_unit where tenant_id = :tenant and id in (:units)")
			.param("tenant", user.tenant())
			.param("units", List.copyOf(led))
			.query(rs -> {
				UUID parent = rs.getObject(3, UUID.class);
				if (parent == null || !led.contains(parent)) {
					tops.put(rs.getObject(1, UUID.class), rs.getString(2));
				}
			});
		return tops;
	}

	/** The units whose month the user may read: all for HR and executives, else those they head. */
	public boolean canReadUnits(CurrentUser user) {
		return seesEveryone(user) || !unitsLed(user).isEmpty();
	}

	private List<MonthSummary> summaries(UUID tenant, List<UUID> employees, Map<UUID, MonthSummary> byEmployee) {
		Map<UUID, String> names = people.employeeNames(tenant, employees);
		return employees.stream()
			.map(id -> byEmployee.getOrDefault(id, MonthSummary.empty(id, null)).named(id, names.get(id)))
			.sorted(Comparator.comparing(summary -> summary.name() == null ? "" : summary.name()))
			.toList();
	}

	private Set<UUID> team(CurrentUser user) {
		return user.employeeId() == null || !user.has(Role.MANAGER) ? Set.of()
				: people.reportsOf(user.tenant(), user.employeeId());
	}

	private Set<UUID> unitsLed(CurrentUser user) {
		return user.employeeId() == null ? Set.of() : people.unitsLedBy(user.tenant(), user.employeeId());
	}

}
