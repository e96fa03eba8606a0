package io.lodestar.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodKind;

/**
 * Generates a large company straight into the tables (generation is not what is measured): org units with a
 * head each, employees reporting to their unit's head, one strategic goal per unit, and KPIs per employee, the
 * first of which contributes to the unit's goal so that ingesting actuals also rolls progress up.
 */
final class BenchmarkCompany {

	final UUID tenant;

	final List<UUID> units = new ArrayList<>();

	final List<UUID> employees = new ArrayList<>();

	final List<UUID> kpis = new ArrayList<>();

	final Map<Integer, UUID> monthPeriods = new HashMap<>();

	final Period year;

	BenchmarkCompany(UUID tenant, Period year, List<Period> months) {
		this.tenant = tenant;
		this.year = year;
		months.forEach(month -> monthPeriods.put(month.startsOn().getMonthValue(), month.id()));
	}

	static BenchmarkCompany generate(JdbcTemplate jdbc, UUID tenant, UUID rootUnit, Period year, List<Period> months,
			int unitCount, int employeeCount, int kpisPerEmployee) {
		BenchmarkCompany company = new BenchmarkCompany(tenant, year, months);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> unitRows = new ArrayList<>();
		for (int u = 0; u < unitCount; u++) {
			UUID id = UUID.randomUUID();
			company.units.add(id);
			unitRows.add(new Object[] { id, tenant, rootUnit, String.format("BU-%03d", u), "部门" + u, "TEAM", u, now, now });
		}
		jdbc.batchUpdate("insert into people_org_unit (id, tenant_id, parent_id, code, name, kind, sort_order, created_at, "
				+ "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", unitRows);
		List<Object[]> employeeRows = new ArrayList<>();
		List<Object[]> heads = new ArrayList<>();
		UUID[] headOf = new UUID[unitCount];
		for (int e = 0; e < employeeCount; e++) {
			UUID id = UUID.randomUUID();
			company.employees.add(id);
			int unit = e % unitCount;
			UUID manager = headOf[unit];
			if (manager == null) {
				headOf[unit] = id;
				heads.add(new Object[] { id, tenant, company.units.get(unit) });
			}
			employeeRows.add(new Object[] { id, tenant, String.format("B%05d", e), "员工" + e, "ACTIVE",
					company.units.get(unit), manager, Date.valueOf(LocalDate.of(2020, 1, 1)), now, now });
		}
		for (int from = 0; from < employeeRows.size(); from += 1000) {
			jdbc.batchUpdate("insert into people_employee (id, tenant_id, employee_no, name, status, org_unit_id, "
					+ "manager_id, hire_date, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
					employeeRows.subList(from, Math.min(employeeRows.size(), from + 1000)));
		}
		jdbc.batchUpdate("update people_org_unit set head_employee_id = ? where tenant_id = ? and id = ?", heads);
		List<Object[]> goalRows = new ArrayList<>();
		List<Object[]> kpiRows = new ArrayList<>();
		UUID[] unitGoal = new UUID[unitCount];
		for (int u = 0; u < unitCount; u++) {
			unitGoal[u] = UUID.randomUUID();
			goalRows.add(new Object[] { unitGoal[u], tenant, "STRATEGY", "部门目标 " + u, "ORG_UNIT", company.units.get(u),
					year.id(), null, "CHILDREN", now, now });
		}
		for (int e = 0; e < employeeCount; e++) {
			for (int k = 0; k < kpisPerEmployee; k++) {
				UUID id = UUID.randomUUID();
				company.kpis.add(id);
				goalRows.add(new Object[] { id, tenant, "KPI", "指标 " + (k + 1), "EMPLOYEE", company.employees.get(e),
						year.id(), k == 0 ? unitGoal[e % unitCount] : null, "OWN", now, now });
				kpiRows.add(new Object[] { id, tenant });
			}
		}
		for (int from = 0; from < goalRows.size(); from += 1000) {
			jdbc.batchUpdate("insert into goal (id, tenant_id, kind, title, owner_type, owner_id, period_id, parent_id, "
					+ "weight, progress_driver, status, visibility, created_at, updated_at, version) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'ACTIVE', 'PUBLIC', ?, ?, 0)",
					goalRows.subList(from, Math.min(goalRows.size(), from + 1000)));
		}
		for (int from = 0; from < kpiRows.size(); from += 1000) {
			jdbc.batchUpdate("insert into kpi (goal_id, tenant_id, unit, direction, scoring_method, aggregation, frequency, "
					+ "target, inclusive, cap, floor_value, weight, self_reported, version) "
					+ "values (?, ?, '件', 'INCREASE', 'RATIO', 'AVERAGE', 'MONTH', 100, true, 1.5, 0, 20, false, 0)",
					kpiRows.subList(from, Math.min(kpiRows.size(), from + 1000)));
		}
		return company;
	}

	/** The n-th measurement of a KPI: spread over the months of the year, never in the future. */
	LocalDate dateOf(int n) {
		return year.startsOn().plusMonths(n % 12).plusDays((n / 12) * 9L % 27);
	}

	UUID monthOf(LocalDate date) {
		return monthPeriods.get(date.getMonthValue());
	}

}
