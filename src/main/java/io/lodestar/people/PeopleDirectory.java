package io.lodestar.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the organisation for other modules (by id, always within one tenant). It applies no
 * per-user visibility: callers use it for their own rules, never to show restricted fields.
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

	private final EmployeeRepository employees;

	private final PeopleQueries queries;

	PeopleDirectory(EmployeeRepository employees, PeopleQueries queries) {
		this.employees = employees;
		this.queries = queries;
	}

	public Optional<EmployeeSummary> employee(UUID tenantId, UUID employeeId) {
		return employees.findByTenantIdAndId(tenantId, employeeId).map(PeopleDirectory::summary);
	}

	public Optional<EmployeeSummary> employeeByEmail(UUID tenantId, String email) {
		return employees.findByTenantIdAndEmail(tenantId, email.strip().toLowerCase(java.util.Locale.ROOT))
			.map(PeopleDirectory::summary);
	}

	public Optional<EmployeeSummary> employeeByNumber(UUID tenantId, String employeeNo) {
		return employees.findByTenantIdAndEmployeeNo(tenantId, employeeNo.strip()).map(PeopleDirectory::summary);
	}

	/** Having active direct reports is what makes someone a MANAGER. */
	public boolean hasActiveReports(UUID tenantId, UUID employeeId) {
		return employees.existsByTenantIdAndManagerIdAndStatus(tenantId, employeeId, EmployeeStatus.ACTIVE);
	}

	/** Everyone below the manager in the reporting lines. */
	public java.util.Set<UUID> reportsOf(UUID tenantId, UUID managerId) {
		return queries.reportsOf(tenantId, managerId);
	}

	public List<UUID> managerChain(UUID tenantId, UUID employeeId) {
		return queries.managerChain(tenantId, employeeId);
	}

	/** The org units the employee heads, with every unit below them: where they manage unit goals. */
	public java.util.Set<UUID> unitsLedBy(UUID tenantId, UUID employeeId) {
		java.util.Set<UUID> units = new java.util.HashSet<>();
		queries.unitsHeadedBy(tenantId, employeeId).forEach(unit -> units.addAll(queries.unitAndDescendants(tenantId, unit)));
		return units;
	}

	/** The unit and the units above it, nearest first. */
	public List<UUID> unitAncestry(UUID tenantId, UUID unitId) {
		return queries.unitAncestry(tenantId, unitId);
	}

	public List<UUID> unitAndDescendants(UUID tenantId, UUID unitId) {
		return queries.unitAndDescendants(tenantId, unitId);
	}

	public java.util.Map<UUID, String> employeeNames(UUID tenantId, java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? java.util.Map.of() : queries.names("people_employee", tenantId, ids);
	}

	public java.util.Map<UUID, String> unitNames(UUID tenantId, java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? java.util.Map.of() : queries.names("people_org_unit", tenantId, ids);
	}

	/** Employee numbers by id (for matching rows of other systems, which know people by their number). */
	public java.util.Map<UUID, String> employeeNumbers(UUID tenantId, java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? java.util.Map.of() : queries.employeeNumbers(tenantId, ids);
	}

	/** Active employees of the units (including sub-units), optionally only those holding a position. */
	public List<EmployeeSummary> activeEmployees(UUID tenantId, UUID unitId, UUID positionId) {
		return queries.activeEmployees(tenantId, unitId, positionId);
	}

	public long headcount(UUID tenantId) {
		return employees.countByTenantId(tenantId);
	}

	private static EmployeeSummary summary(Employee employee) {
		return new EmployeeSummary(employee.id(), employee.tenantId(), employee.employeeNo(), employee.name(),
				employee.email(), employee.status(), employee.orgUnitId(), employee.managerId(), employee.hireDate(),
				employee.leftOn());
	}

}
