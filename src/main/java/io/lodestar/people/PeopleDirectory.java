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

	public long headcount(UUID tenantId) {
		return employees.countByTenantId(tenantId);
	}

	private static EmployeeSummary summary(Employee employee) {
		return new EmployeeSummary(employee.id(), employee.tenantId(), employee.employeeNo(), employee.name(),
				employee.email(), employee.status(), employee.orgUnitId(), employee.managerId());
	}

}
