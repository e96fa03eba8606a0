package io.lodestar.platform.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the signed-in user for code that is not handed one by Spring MVC. */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static CurrentUser require() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

}
