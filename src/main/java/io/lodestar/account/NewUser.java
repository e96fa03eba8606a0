package io.lodestar.account;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import io.lodestar.platform.security.Role;

/**
 * An account for an employee. E-mail and display name default to the employee's; accounts without an
 * employee are only for system administrators.
 */
public record NewUser(UUID employeeId,
		@Email(message = "{account.user.email.invalid}") @Size(max = 254, message = "{account.user.email.size}") String email,
		@Size(max = 100, message = "{account.user.display-name.size}") String displayName, Set<Role> roles) {
}
