package io.lodestar.attendance;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Month totals per employee, summed from the stored day results in the database. */
@Component
class MonthTotals {

	private final JdbcClient jdbc;

	MonthTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, MonthSummary> byEmployee(UUID tenant, Collection<UUID> employees, YearMonth month) {
		Map<UUID, MonthSummary> totals = new HashMap<>();
		List<UUID> all = List.copyOf(employees);
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("""
					select employee_id,
					    sum(case when working_day then 1 else 0 end),
					    sum(case when status in ('PRESENT', 'MISSING_PUNCH') or worked_minutes > 0 then 1 else 0 end),
					    sum(case when status = 'PRESENT' and late_minutes = 0 and early_minutes = 0 then 1 else 0 end),
					    sum(case when late_minutes > 0 then 1 else 0 end), sum(late_minutes),
					    sum(case when early_minutes > 0 then 1 else 0 end), sum(early_minutes),
					    sum(case when status = 'ABSENT' then 1 else 0 end),
					    sum(case when status = 'MISSING_PUNCH' then 1 else 0 end),
					    sum(overtime_minutes), count(*)
					from attendance_day_result
					where tenant_id = :tenant and work_day between :from and :to and employee_id in (:employees)
					group by employee_id""")
				.param("tenant", tenant)
				.param("from", month.atDay(1))
				.param("to", month.atEndOfMonth())
				.param("employees", all.subList(from, Math.min(all.size(), from + 1000)))
				.query((rs, row) -> new MonthSummary(rs.getObject(1, UUID.class), null, rs.getInt(2), rs.getInt(3),
						rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
						rs.getInt(11), rs.getInt(12)))
				.list()
				.forEach(summary -> totals.put(summary.id(), summary));
		}
		return totals;
	}

	/** Everyone whose current org unit is one of the units (history of moves is not taken into account). */
	List<UUID> employeesIn(UUID tenant, Collection<UUID> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id from people_employee where tenant_id = :tenant and org_unit_id in (:units)")
			.param("tenant", tenant)
			.param("units", List.copyOf(units))
			.query(UUID.class)
			.list();
	}

	List<UUID> everyone(UUID tenant) {
		return jdbc.sql("select id from people_employee where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(UUID.class)
			.list();
	}

	List<UUID> active(UUID tenant) {
		return jdbc.sql("select id from people_employee where tenant_id = :tenant and status = 'ACTIVE'")
			.param("tenant", tenant)
			.query(UUID.class)
			.list();
	}

}
