package io.lodestar.account.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import io.lodestar.account.NewUser;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An account for an employee. E-mail and display name default to the employee's. Accounts without an
 * employee are only for system administrators.
 */
@Schema(name = "CreateUser")
record CreateUserRequest(@Schema(description = "The employee the account belongs to.") UUID employeeId,
		@Email(message = "{account.user.email.invalid}") @Size(max = 254, message = "{account.user.email.size}")
		@Schema(description = "Defaults to the employee's e-mail address.") String email,
		@Size(max = 100, message = "{account.user.display-name.size}")
		@Schema(description = "Defaults to the employee's name.") String displayName,
		@Schema(description = "Roles to grant besides EMPLOYEE; may be empty.") Set<GrantableRole> roles) {

	NewUser command() {
		return new NewUser(employeeId, email, displayName, GrantableRole.roles(roles));
	}

}
