package io.lodestar.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;

/**
 * Read views behind the org chart, the employee profile and the pickers of the people forms. Employees
 * come back as the caller may see them (restricted fields blanked, see {@link EmployeeVisibility}).
 */
@Service
@Transactional(readOnly = true)
public class OrgChart {

	private final PeopleQueries queries;

	private final OrgUnitRepository units;

	private final EmployeeManagement employees;

	private final JdbcClient jdbc;

	OrgChart(PeopleQueries queries, OrgUnitRepository units, EmployeeManagement employees, JdbcClient jdbc) {
		this.queries = queries;
		this.units = units;
		this.employees = employees;
		this.jdbc = jdbc;
	}

	/** Active members of one unit (not of its sub-units), head first; another company's unit is not found. */
	public List<EmployeeView> members(CurrentUser user, UUID unitId) {
		return members(user, List.of(unitId)).get(unitId);
	}

	/** Active members of several units, keyed by unit, in the order asked for. */
	public Map<UUID, List<EmployeeView>> members(CurrentUser user, Collection<UUID> unitIds) {
		UUID tenant = user.tenant();
		EmployeeVisibility visibility = employees.visibilityFor(user);
		Map<UUID, List<EmployeeView>> result = new LinkedHashMap<>();
		for (UUID unitId : unitIds) {
			if (units.findByTenantIdAndId(tenant, unitId).isEmpty()) {
				throw new NotFoundException("org-unit", unitId);
			}
			result.put(unitId, queries.members(tenant, unitId)
				.stream()
				.map(view -> visibility.seesRestrictedFieldsOf(view.id()) ? view : view.restrictedCopy())
				.toList());
		}
		return result;
	}

	/** The people above an employee in the reporting line, the top first and the direct manager last. */
	public List<EmployeeView> managerChain(CurrentUser user, UUID employeeId) {
		UUID tenant = user.tenant();
		EmployeeVisibility visibility = employees.visibilityFor(user);
		List<EmployeeView> chain = new ArrayList<>();
		for (UUID id : queries.managerChain(tenant, employeeId)) {
			queries.employee(tenant, id)
				.map(view -> visibility.seesRestrictedFieldsOf(view.id()) ? view : view.restrictedCopy())
				.ifPresent(view -> chain.add(0, view));
		}
		return chain;
	}

	/** Everyone active, by name, for the manager and unit-head pickers (public fields only). */
	public List<EmployeeChoice> activeEmployees(CurrentUser user) {
		return jdbc.sql("""
				select e.id, e.employee_no, e.name, u.name unit_name
				from people_employee e
				join people_org_unit u on u.tenant_id = e.tenant_id and u.id = e.org_unit_id
				where e.tenant_id = :tenant and e.status = 'ACTIVE'
				order by e.name, e.employee_no
				""")
			.param("tenant", user.tenant())
			.query((row, number) -> new EmployeeChoice(row.getObject("id", UUID.class), row.getString("employee_no"),
					row.getString("name"), row.getString("unit_name")))
			.list();
	}

	/** How many active employees hold each position; positions nobody holds are absent. */
	public Map<UUID, Long> activeHoldersByPosition(CurrentUser user) {
		Map<UUID, Long> holders = new HashMap<>();
		jdbc.sql("""
				select position_id, count(*) holders from people_employee
				where tenant_id = :tenant and status = 'ACTIVE' and position_id is not null
				group by position_id
				""")
			.param("tenant", user.tenant())
			.query(row -> {
				holders.put(row.getObject("position_id", UUID.class), row.getLong("holders"));
			});
		return holders;
	}

}
