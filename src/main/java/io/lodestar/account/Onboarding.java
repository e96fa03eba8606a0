package io.lodestar.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.company.NewCompany;

/** A new company and the HR administrator who will set it up. */
public record Onboarding(@NotNull @Valid NewCompany company,
		@NotBlank(message = "{account.onboarding.hr-name.required}") @Size(max = 100, message = "{people.employee.name.size}") String hrName,
		@NotBlank(message = "{account.onboarding.hr-email.required}") @Email(message = "{account.user.email.invalid}") @Size(max = 254) String hrEmail,
		@NotBlank(message = "{people.employee.employee-no.required}") @Size(max = 40, message = "{people.employee.employee-no.size}") String hrEmployeeNo) {
}
