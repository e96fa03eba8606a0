package io.lodestar.platform.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and background work (first administrator, demo data, scheduled jobs) as "system" in one
 * company, so the same services and the same audit trail are used as for people.
 */
public final class SystemActor {

	public static final UUID ID = new UUID(0, 0);

	public static final String NAME = "system";

	private SystemActor() {
	}

	public static CurrentUser in(UUID tenantId) {
		return new CurrentUser(ID, tenantId, null, NAME, NAME,
				EnumSet.of(Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.EXECUTIVE), 0, CurrentUser.AuthMethod.SESSION,
				Set.of(), null);
	}

	public static <T> T runAs(UUID tenantId, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		CurrentUser system = in(tenantId);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.authorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void runAs(UUID tenantId, Runnable work) {
		runAs(tenantId, () -> {
			work.run();
			return null;
		});
	}

}
