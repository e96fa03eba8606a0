package io.lodestar.platform.security;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The company a platform operator chose to work in, kept server-side in the session. Only the account
 * module's company switch writes it, after checking the caller is a system administrator.
 */
public final class SelectedCompany {

	private static final String ATTRIBUTE = "lodestar.selectedCompany";

	private SelectedCompany() {
	}

	public static UUID in(HttpSession session) {
		return session == null ? null : (UUID) session.getAttribute(ATTRIBUTE);
	}

	public static void choose(HttpSession session, UUID company) {
		session.setAttribute(ATTRIBUTE, company);
	}

}
