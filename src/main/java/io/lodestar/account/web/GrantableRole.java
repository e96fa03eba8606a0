package io.lodestar.account.web;

import java.util.EnumSet;
import java.util.Set;

import io.lodestar.platform.security.Role;

/**
 * The roles an administrator grants ({@link Role#GRANTABLE}). A separate type so that a request naming
 * EMPLOYEE or MANAGER (which follow from the org data) is refused as invalid instead of silently ignored.
 */
enum GrantableRole {

	HR_ADMIN(Role.HR_ADMIN), EXECUTIVE(Role.EXECUTIVE), SYSTEM_ADMIN(Role.SYSTEM_ADMIN);

	private final Role role;

	GrantableRole(Role role) {
		this.role = role;
	}

	static Set<Role> roles(Set<GrantableRole> granted) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (granted != null) {
			granted.forEach(each -> roles.add(each.role));
		}
		return roles;
	}

}
