package io.lodestar.people;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Hiring an employee: who they are and where they start. */
public record NewEmployee(
		@NotBlank(message = "{people.employee.employee-no.required}") @Size(max = 40, message = "{people.employee.employee-no.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.employee.employee-no.pattern}") String employeeNo,
		@NotBlank(message = "{people.employee.name.required}") @Size(max = 100, message = "{people.employee.name.size}") String name,
		@Email(message = "{people.employee.email.invalid}") @Size(max = 254, message = "{people.employee.email.size}") String email,
		@Size(max = 40, message = "{people.employee.phone.size}")
		@Pattern(regexp = "|[+0-9][0-9 ()-]{4,39}", message = "{people.employee.phone.invalid}") String phone,
		LocalDate hireDate,
		@NotNull(message = "{people.employee.org-unit.required}") UUID orgUnitId, UUID positionId, UUID managerId) {

	EmployeeDetails details() {
		return new EmployeeDetails(employeeNo, name, email, phone, hireDate).normalised();
	}

	Placement placement() {
		return new Placement(orgUnitId, positionId, managerId);
	}

}
