package io.lodestar.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.lodestar.platform.security.Role;

/** An account as administrators see it. Never includes the password hash. */
public record UserView(UUID id, String email, String displayName, UUID employeeId, Set<Role> grantedRoles,
		AccountStatus status, String preferredLocale, Instant createdAt, Instant lastSignInAt, Long version) {

	static UserView of(UserAccount account) {
		return new UserView(account.id(), account.email(), account.displayName(), account.employeeId(),
				account.grantedRoles(), account.status(), account.preferredLocale(), account.createdAt(),
				account.lastSignInAt(), account.version());
	}

}
