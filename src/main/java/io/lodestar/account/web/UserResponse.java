package io.lodestar.account.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.lodestar.account.AccountStatus;
import io.lodestar.account.UserView;
import io.lodestar.platform.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;

/** A sign-in account as administrators see it: never a password or its hash. */
@Schema(name = "User")
record UserResponse(UUID id, String email, String displayName,
		@Schema(description = "The employee the account belongs to; null for platform operators.") UUID employeeId,
		@Schema(description = "Roles granted explicitly. EMPLOYEE and MANAGER follow from the org data.") Set<Role> grantedRoles,
		AccountStatus status, String preferredLocale, Instant createdAt, Instant lastSignInAt,
		@Schema(description = "Send it back with PUT /roles; a stale version is refused with 409.") Long version) {

	static UserResponse of(UserView view) {
		return new UserResponse(view.id(), view.email(), view.displayName(), view.employeeId(), view.grantedRoles(),
				view.status(), view.preferredLocale(), view.createdAt(), view.lastSignInAt(), view.version());
	}

}
