package io.lodestar.people;

import java.util.UUID;

/** The minimum other modules need to know about an employee. */
public record EmployeeSummary(UUID id, UUID tenantId, String employeeNo, String name, String email,
		EmployeeStatus status, UUID orgUnitId, UUID managerId) {

	public boolean isActive() {
		return status == EmployeeStatus.ACTIVE;
	}

}
