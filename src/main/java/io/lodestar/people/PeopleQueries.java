package io.lodestar.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of the organisation, in plain SQL. Every statement is filtered by tenant. */
@Component
class PeopleQueries {

	static final String EMPLOYEE_SELECT = """
			select e.id, e.employee_no, e.name, e.email, e.status, e.phone, e.hire_date, e.left_on, e.version,
			       u.id unit_id, u.name unit_name, p.id position_id, p.name position_name,
			       m.id manager_id, m.name manager_name
			from people_employee e
			join people_org_unit u on u.tenant_id = e.tenant_id and u.id = e.org_unit_id
			left join people_position p on p.tenant_id = e.tenant_id and p.id = e.position_id
			left join people_employee m on m.tenant_id = e.tenant_id and m.id = e.manager_id
			""";

	private final JdbcClient jdbc;

	PeopleQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<EmployeeView> employee(UUID tenantId, UUID id) {
		return jdbc.sql(EMPLOYEE_SELECT + " where e.tenant_id = :tenant and e.id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(PeopleQueries::employeeView)
			.optional();
	}

	record Page(List<EmployeeView> items, long total) {
	}

	Page search(UUID tenantId, DirectoryQuery query, String orderBy, int limit, long offset) {
		StringBuilder where = new StringBuilder(" where e.tenant_id = :tenant");
		Map<String, Object> params = new HashMap<>();
		params.put("tenant", tenantId);
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (lower(e.name) like :text or lower(e.employee_no) like :text or lower(e.email) like :text)");
			params.put("text", "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (query.orgUnitId() != null) {
			List<UUID> units = unitAndDescendants(tenantId, query.orgUnitId());
			if (units.isEmpty()) {
				// not a unit of this company: nobody is in it (and "in ()" is not valid SQL)
				return new Page(List.of(), 0);
			}
			where.append(" and e.org_unit_id in (:units)");
			params.put("units", units);
		}
		if (query.positionId() != null) {
			where.append(" and e.position_id = :position");
			params.put("position", query.positionId());
		}
		if (query.status() != null) {
			where.append(" and e.status = :status");
			params.put("status", query.status().name());
		}
		else if (!query.includeLeft()) {
			where.append(" and e.status = 'ACTIVE'");
		}
		long total = jdbc.sql("select count(*) from people_employee e" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<EmployeeView> items = jdbc
			.sql(EMPLOYEE_SELECT + where + " order by " + orderBy + ", e.id limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(PeopleQueries::employeeView)
			.list();
		return new Page(items, total);
	}

	List<EmployeeView> everyone(UUID tenantId) {
		return jdbc.sql(EMPLOYEE_SELECT + " where e.tenant_id = :tenant order by u.code, e.employee_no")
			.param("tenant", tenantId)
			.query(PeopleQueries::employeeView)
			.list();
	}

	/** All employees who report to the manager, directly or indirectly. */
	Set<UUID> reportsOf(UUID tenantId, UUID managerId) {
		return new HashSet<>(jdbc.sql("""
				with recursive reports (id, depth) as (
				    select id, 1 from people_employee where tenant_id = :tenant and manager_id = :manager
				    union all
				    select e.id, r.depth + 1 from people_employee e join reports r on e.manager_id = r.id
				    where e.tenant_id = :tenant and r.depth < 200
				)
				select distinct id from reports
				""").param("tenant", tenantId).param("manager", managerId).query(UUID.class).list());
	}

	/** The manager chain above an employee, nearest first (excluding the employee). */
	List<UUID> managerChain(UUID tenantId, UUID employeeId) {
		return jdbc.sql("""
				with recursive chain (id, manager_id, depth) as (
				    select id, manager_id, 0 from people_employee where tenant_id = :tenant and id = :employee
				    union all
				    select e.id, e.manager_id, c.depth + 1 from people_employee e join chain c on e.id = c.manager_id
				    where e.tenant_id = :tenant and c.depth < 200
				)
				select id from chain where depth > 0 order by depth
				""").param("tenant", tenantId).param("employee", employeeId).query(UUID.class).list();
	}

	/**
	 * Active employees of a unit with its sub-units (null: all units), optionally holding a position; one query,
	 * so that setting up an appraisal of 100,000 people does not load each employee's aggregate.
	 */
	List<EmployeeSummary> activeEmployees(UUID tenantId, UUID unitId, UUID positionId) {
		String units = unitId == null ? "" : """
				and e.org_unit_id in (
				    with recursive units (id, depth) as (
				        select id, 0 from people_org_unit where tenant_id = :tenant and id = :unit
				        union all
				        select u.id, s.depth + 1 from people_org_unit u join units s on u.parent_id = s.id
				        where u.tenant_id = :tenant and s.depth < 200
				    )
				    select id from units)
				""";
		java.util.Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("tenant", tenantId);
		parameters.put("unit", unitId);
		parameters.put("position", positionId);
		return jdbc.sql("select e.id, e.tenant_id, e.employee_no, e.name, e.email, e.status, e.org_unit_id, e.manager_id, "
				+ "e.hire_date, e.left_on from people_employee e where e.tenant_id = :tenant and e.status = 'ACTIVE' " + units
				+ (positionId == null ? "" : " and e.position_id = :position"))
			.params(parameters)
			.query((rs, n) -> new EmployeeSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getString(5), EmployeeStatus.valueOf(rs.getString(6)),
					rs.getObject(7, UUID.class), rs.getObject(8, UUID.class), rs.getObject(9, java.time.LocalDate.class),
					rs.getObject(10, java.time.LocalDate.class)))
			.list();
	}

	List<UUID> unitAndDescendants(UUID tenantId, UUID unitId) {
		return jdbc.sql("""
				with recursive units (id, depth) as (
				    select id, 0 from people_org_unit where tenant_id = :tenant and id = :unit
				    union all
				    select u.id, s.depth + 1 from people_org_unit u join units s on u.parent_id = s.id
				    where u.tenant_id = :tenant and s.depth < 200
				)
				select id from units
				""").param("tenant", tenantId).param("unit", unitId).query(UUID.class).list();
	}

	List<UUID> unitsHeadedBy(UUID tenantId, UUID employeeId) {
		return jdbc.sql("select id from people_org_unit where tenant_id = :tenant and head_employee_id = :employee")
			.param("tenant", tenantId)
			.param("employee", employeeId)
			.query(UUID.class)
			.list();
	}

	/** The unit and its ancestors, nearest first. */
	List<UUID> unitAncestry(UUID tenantId, UUID unitId) {
		return jdbc.sql("""
				with recursive chain (id, parent_id, depth) as (
				    select id, parent_id, 0 from people_org_unit where tenant_id = :tenant and id = :unit
				    union all
				    select u.id, u.parent_id, c.depth + 1 from people_org_unit u join chain c on u.id = c.parent_id
				    where u.tenant_id = :tenant and c.depth < 200
				)
				select id from chain order by depth
				""").param("tenant", tenantId).param("unit", unitId).query(UUID.class).list();
	}

	/** Names by id from one of the two people tables (the table name is a constant of the caller). */
	java.util.Map<UUID, String> names(String table, UUID tenantId, java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		jdbc.sql("select id, name from " + table + " where tenant_id = :tenant and id in (:ids)")
			.param("tenant", tenantId)
			.param("ids", new java.util.ArrayList<>(ids))
			.query(rs -> {
				names.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return names;
	}

	/** Employee numbers by employee id, in chunks of 1000 ids. */
	java.util.Map<UUID, String> employeeNumbers(UUID tenantId, java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> numbers = new java.util.HashMap<>();
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("select id, employee_no from people_employee where tenant_id = :tenant and id in (:ids)")
				.param("tenant", tenantId)
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query(rs -> {
					numbers.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
		}
		return numbers;
	}

	record UnitRow(UUID id, UUID parentId, String code, String name, OrgUnitKind kind, int sortOrder, UUID headId,
			String headName, long activeMembers, Long version) {
	}

	List<UnitRow> units(UUID tenantId) {
		return jdbc.sql("""
				select u.id, u.parent_id, u.code, u.name, u.kind, u.sort_order, u.version, h.id head_id, h.name head_name,
				       (select count(*) from people_employee e
				        where e.tenant_id = u.tenant_id and e.org_unit_id = u.id and e.status = 'ACTIVE') members
				from people_org_unit u
				left join people_employee h on h.tenant_id = u.tenant_id and h.id = u.head_employee_id
				where u.tenant_id = :tenant
				order by u.sort_order, u.name
				""")
			.param("tenant", tenantId)
			.query((row, number) -> new UnitRow(row.getObject("id", UUID.class),
					row.getObject("parent_id", UUID.class), row.getString("code"), row.getString("name"),
					OrgUnitKind.valueOf(row.getString("kind")), row.getInt("sort_order"),
					row.getObject("head_id", UUID.class), row.getString("head_name"), row.getLong("members"),
					row.getLong("version")))
			.list();
	}

	/** Active members of one unit (not its sub-units), heads first, then by name. */
	List<EmployeeView> members(UUID tenantId, UUID unitId) {
		return jdbc.sql(EMPLOYEE_SELECT + """
				 where e.tenant_id = :tenant and e.org_unit_id = :unit and e.status = 'ACTIVE'
				 order by case when e.id = u.head_employee_id then 0 else 1 end, e.name
				""").param("tenant", tenantId).param("unit", unitId).query(PeopleQueries::employeeView).list();
	}

	List<EmployeeView> directReports(UUID tenantId, UUID managerId) {
		return jdbc.sql(EMPLOYEE_SELECT + """
				 where e.tenant_id = :tenant and e.manager_id = :manager and e.status = 'ACTIVE' order by e.name
				""").param("tenant", tenantId).param("manager", managerId).query(PeopleQueries::employeeView).list();
	}

	private static EmployeeView employeeView(ResultSet row, int number) throws SQLException {
		return new EmployeeView(row.getObject("id", UUID.class), row.getString("employee_no"), row.getString("name"),
				row.getString("email"), EmployeeStatus.valueOf(row.getString("status")),
				new Ref(row.getObject("unit_id", UUID.class), row.getString("unit_name")),
				Ref.of(row.getObject("position_id", UUID.class), row.getString("position_name")),
				Ref.of(row.getObject("manager_id", UUID.class), row.getString("manager_name")), false,
				row.getString("phone"), row.getDate("hire_date") == null ? null : row.getDate("hire_date").toLocalDate(),
				row.getDate("left_on") == null ? null : row.getDate("left_on").toLocalDate(), row.getLong("version"));
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
