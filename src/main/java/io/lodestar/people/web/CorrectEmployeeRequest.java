package io.lodestar.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.people.EmployeeCorrection;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Correcting an employee's details (all of them, as they should be). Placement changes are moves
 * ({@code POST /api/v1/employees/{id}/moves}) so that history is kept.
 */
@Schema(name = "CorrectEmployee")
record CorrectEmployeeRequest(
		@NotBlank(message = "{people.employee.employee-no.required}") @Size(max = 40, message = "{people.employee.employee-no.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.employee.employee-no.pattern}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "E-1001") String employeeNo,
		@NotBlank(message = "{people.employee.name.required}") @Size(max = 100, message = "{people.employee.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "李娜") String name,
		@Email(message = "{people.employee.email.invalid}") @Size(max = 254, message = "{people.employee.email.size}") String email,
		@Size(max = 40, message = "{people.employee.phone.size}")
		@Pattern(regexp = "|[+0-9][0-9 ()-]{4,39}", message = "{people.employee.phone.invalid}") String phone,
		LocalDate hireDate,
		@NotNull(message = "{platform.validation.version-required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

	EmployeeCorrection command() {
		return new EmployeeCorrection(employeeNo, name, email, phone, hireDate, version);
	}

}
