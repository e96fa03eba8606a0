package io.lodestar.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline of an employee's placements. Each row covers {@code [effectiveFrom, effectiveTo)}; rows are
 * only inserted, and the open one is closed when the next move takes effect.
 */
@Component
class AssignmentHistory {

	private final JdbcClient jdbc;

	AssignmentHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void start(UUID tenantId, UUID employeeId, Placement placement, LocalDate from, String reason, UUID recordedBy) {
		jdbc.sql("""
				insert into people_assignment (id, tenant_id, employee_id, org_unit_id, position_id, manager_id,
				    effective_from, effective_to, reason, recorded_by, recorded_at)
				values (:id, :tenant, :employee, :orgUnit, :position, :manager, :from, null, :reason, :by, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", tenantId)
			.param("employee", employeeId)
			.param("orgUnit", placement.orgUnitId())
			.param("position", placement.positionId())
			.param("manager", placement.managerId())
			.param("from", Date.valueOf(from))
			.param("reason", reason)
			.param("by", recordedBy)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/** The start of the open period, if there is one. */
	Optional<LocalDate> openSince(UUID tenantId, UUID employeeId) {
		return jdbc.sql("""
				select effective_from from people_assignment
				where tenant_id = :tenant and employee_id = :employee and effective_to is null
				""")
			.param("tenant", tenantId)
			.param("employee", employeeId)
			.query(Date.class)
			.optional()
			.map(Date::toLocalDate);
	}

	void closeOpen(UUID tenantId, UUID employeeId, LocalDate to) {
		jdbc.sql("""
				update people_assignment set effective_to = :to
				where tenant_id = :tenant and employee_id = :employee and effective_to is null
				""")
			.param("to", Date.valueOf(to))
			.param("tenant", tenantId)
			.param("employee", employeeId)
			.update();
	}

	List<AssignmentView> of(UUID tenantId, UUID employeeId) {
		return jdbc.sql("""
				select a.effective_from, a.effective_to, a.reason, u.id unit_id, u.name unit_name,
				       p.id position_id, p.name position_name, m.id manager_id, m.name manager_name
				from people_assignment a
				join people_org_unit u on u.tenant_id = a.tenant_id and u.id = a.org_unit_id
				left join people_position p on p.tenant_id = a.tenant_id and p.id = a.position_id
				left join people_employee m on m.tenant_id = a.tenant_id and m.id = a.manager_id
				where a.tenant_id = :tenant and a.employee_id = :employee
				  and (a.effective_to is null or a.effective_to > a.effective_from)
				order by a.effective_from desc, a.recorded_at desc
				""")
			.param("tenant", tenantId)
			.param("employee", employeeId)
			.query((row, number) -> new AssignmentView(row.getDate("effective_from").toLocalDate(),
					row.getDate("effective_to") == null ? null : row.getDate("effective_to").toLocalDate(),
					new Ref(row.getObject("unit_id", UUID.class), row.getString("unit_name")),
					Ref.of(row.getObject("position_id", UUID.class), row.getString("position_name")),
					Ref.of(row.getObject("manager_id", UUID.class), row.getString("manager_name")),
					row.getString("reason")))
			.list();
	}

}
