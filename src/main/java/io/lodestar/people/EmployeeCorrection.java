package io.lodestar.people;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Correcting an employee's details. Placement changes go through {@link Move} so history is kept.
 *
 * @param version the version the caller edited; a stale one is refused so nobody overwrites a newer change
 */
public record EmployeeCorrection(
		@NotBlank(message = "{people.employee.employee-no.required}") @Size(max = 40, message = "{people.employee.employee-no.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.employee.employee-no.pattern}") String employeeNo,
		@NotBlank(message = "{people.employee.name.required}") @Size(max = 100, message = "{people.employee.name.size}") String name,
		@Email(message = "{people.employee.email.invalid}") @Size(max = 254, message = "{people.employee.email.size}") String email,
		@Size(max = 40, message = "{people.employee.phone.size}")
		@Pattern(regexp = "|[+0-9][0-9 ()-]{4,39}", message = "{people.employee.phone.invalid}") String phone,
		LocalDate hireDate, Long version) {

	EmployeeDetails details() {
		return new EmployeeDetails(employeeNo, name, email, phone, hireDate).normalised();
	}

}
