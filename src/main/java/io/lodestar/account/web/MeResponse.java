package io.lodestar.account.web;

import java.util.Set;
import java.util.UUID;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.TokenScope;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The caller as the server sees them on this request (roles are rebuilt from the database every time).
 *
 * @param tokenScopes the scopes of the token used for this request; empty for a session
 */
@Schema(name = "Me")
record MeResponse(UUID userId, String email, String name, Set<Role> roles,
		@Schema(description = "Null for accounts without an employee record (platform operators).") UUID employeeId,
		@Schema(description = "Null for a platform operator who has not chosen a company.") UUID companyId,
		String companyName, CurrentUser.AuthMethod authMethod, Set<TokenScope> tokenScopes,
		@Schema(description = "Preferred language tag, e.g. zh-CN; null for the company default.") String locale) {

	static MeResponse of(CurrentUser user, String companyName) {
		return new MeResponse(user.userId(), user.email(), user.displayName(), user.roles(), user.employeeId(),
				user.tenantId(), companyName, user.authMethod(), user.scopes(), user.locale());
	}

}
