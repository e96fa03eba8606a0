package io.lodestar.people.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.people.NewEmployee;
import io.swagger.v3.oas.annotations.media.Schema;

/** Hiring an employee. Same constraints as {@link NewEmployee}. */
@Schema(name = "HireEmployee")
record HireEmployeeRequest(
		@NotBlank(message = "{people.employee.employee-no.required}") @Size(max = 40, message = "{people.employee.employee-no.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.employee.employee-no.pattern}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "E-1001") String employeeNo,
		@NotBlank(message = "{people.employee.name.required}") @Size(max = 100, message = "{people.employee.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "李娜") String name,
		@Email(message = "{people.employee.email.invalid}") @Size(max = 254, message = "{people.employee.email.size}")
		@Schema(example = "li.na@example.cn") String email,
		@Size(max = 40, message = "{people.employee.phone.size}")
		@Pattern(regexp = "|[+0-9][0-9 ()-]{4,39}", message = "{people.employee.phone.invalid}")
		@Schema(example = "+86 138 0013 8000") String phone,
		@Schema(description = "ISO date (yyyy-MM-dd); today when omitted.", example = "2026-03-01") LocalDate hireDate,
		@NotNull(message = "{people.employee.org-unit.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID orgUnitId,
		UUID positionId, @Schema(description = "An active employee of the company.") UUID managerId) {

	NewEmployee command() {
		return new NewEmployee(employeeNo, name, email, phone, hireDate, orgUnitId, positionId, managerId);
	}

}
