package io.lodestar.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * Rules shared by the forms, the API and the importer: references exist in the same company, numbers and
 * e-mail addresses are unique, a manager is active and reporting lines never form a cycle.
 */
@Component
class PlacementRules {

	static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	private final OrgUnitRepository units;

	private final PositionRepository positions;

	private final EmployeeRepository employees;

	private final PeopleQueries queries;

	PlacementRules(OrgUnitRepository units, PositionRepository positions, EmployeeRepository employees,
			PeopleQueries queries) {
		this.units = units;
		this.positions = positions;
		this.employees = employees;
		this.queries = queries;
	}

	void checkDetails(UUID tenant, UUID employeeId, EmployeeDetails details, LocalDate today) {
		employees.findByTenantIdAndEmployeeNo(tenant, details.employeeNo())
			.filter(other -> !other.id().equals(employeeId))
			.ifPresent(other -> {
				throw BusinessRuleException.conflict("people.employee.employee-no.taken", "employeeNo",
						details.employeeNo(), other.name());
			});
		if (details.email() != null) {
			employees.findByTenantIdAndEmail(tenant, details.email())
				.filter(other -> !other.id().equals(employeeId))
				.ifPresent(other -> {
					throw BusinessRuleException.conflict("people.employee.email.taken", "email", details.email(),
							other.name());
				});
		}
		if (details.hireDate() != null && (details.hireDate().isBefore(EARLIEST_DATE)
				|| details.hireDate().isAfter(today.plusYears(1)))) {
			throw BusinessRuleException.invalid("people.employee.hire-date.range", "hireDate");
		}
	}

	void checkPlacement(UUID tenant, UUID employeeId, Placement placement) {
		if (units.findByTenantIdAndId(tenant, placement.orgUnitId()).isEmpty()) {
			throw BusinessRuleException.invalid("people.org-unit.unknown", "orgUnitId");
		}
		if (placement.positionId() != null && positions.findByTenantIdAndId(tenant, placement.positionId()).isEmpty()) {
			throw BusinessRuleException.invalid("people.position.unknown", "positionId");
		}
		if (placement.managerId() != null) {
			Employee manager = employees.findByTenantIdAndId(tenant, placement.managerId())
				.orElseThrow(() -> BusinessRuleException.invalid("people.employee.manager.unknown", "managerId"));
			if (!manager.isActive()) {
				throw BusinessRuleException.invalid("people.employee.manager.left", "managerId", manager.name());
			}
			if (employeeId != null) {
				rejectReportingCycle(tenant, employeeId, manager);
			}
		}
	}

	/** An employee cannot report to themself or to anyone who (indirectly) reports to them. */
	private void rejectReportingCycle(UUID tenant, UUID employeeId, Employee manager) {
		if (manager.id().equals(employeeId)) {
			throw BusinessRuleException.conflict("people.employee.manager.self", "managerId");
		}
		List<UUID> chainAboveManager = queries.managerChain(tenant, manager.id());
		if (chainAboveManager.contains(employeeId)) {
			throw BusinessRuleException.conflict("people.employee.manager.cycle", "managerId", manager.name());
		}
	}

}
