package io.lodestar.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The credentials were right but this way of signing in may not be used: no Lodestar account for a directory
 * user, or password sign-in switched off for the company. {@code reason} is the code the login page translates.
 */
public class SignInRefusedException extends AuthenticationException {

	private final String reason;

	public SignInRefusedException(String reason) {
		super("Sign-in refused: " + reason);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

}
