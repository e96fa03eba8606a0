package io.lodestar.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The minimum other modules need to know about an employee.
 *
 * @param hireDate first day of employment, if known
 * @param leftOn last day of employment, for someone who left
 */
public record EmployeeSummary(UUID id, UUID tenantId, String employeeNo, String name, String email,
		EmployeeStatus status, UUID orgUnitId, UUID managerId, LocalDate hireDate, LocalDate leftOn) {

	public boolean isActive() {
		return status == EmployeeStatus.ACTIVE;
	}

	/** Whether the day lies within the employment (an unknown hire date counts as employed since ever). */
	public boolean employedOn(LocalDate day) {
		return (hireDate == null || !day.isBefore(hireDate)) && (leftOn == null || !day.isAfter(leftOn));
	}

}
