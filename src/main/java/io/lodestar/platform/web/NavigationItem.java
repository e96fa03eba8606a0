package io.lodestar.platform.web;

import java.util.Set;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * An entry in the main navigation. Each module declares its own as beans; the layout shows those the
 * signed-in user may open. Hiding an entry is a convenience only: every endpoint checks access itself.
 *
 * @param section {@code main} for everyday pages, {@code admin} for administration
 * @param icon the id of a symbol in {@code static/img/icons.svg}
 * @param roles the entry is shown to users with any of these roles; empty means everyone signed in
 * @param needsCompany hidden for a platform operator who has not chosen a company
 */
public record NavigationItem(String section, int order, String labelKey, String path, String icon, Set<Role> roles,
		boolean needsCompany) {

	public boolean visibleTo(CurrentUser user) {
		if (needsCompany && user.tenantId() == null) {
			return false;
		}
		return roles.isEmpty() || roles.stream().anyMatch(user::has);
	}

}
