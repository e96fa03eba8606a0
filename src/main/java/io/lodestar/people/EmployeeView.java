package io.lodestar.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee as the caller may see them. When {@code restricted} is true, the restricted fields
 * ({@code phone}, {@code hireDate}, {@code leftOn}) are null because the caller may not see them.
 */
public record EmployeeView(UUID id, String employeeNo, String name, String email, EmployeeStatus status, Ref orgUnit,
		Ref position, Ref manager, boolean restricted, String phone, LocalDate hireDate, LocalDate leftOn,
		Long version) {

	EmployeeView restrictedCopy() {
		return new EmployeeView(id, employeeNo, name, email, status, orgUnit, position, manager, true, null, null,
				null, null);
	}

}
