package io.lodestar.platform.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this e-mail address or client address; try again later. */
public class SignInThrottledException extends AuthenticationException {

	private final long minutesToWait;

	public SignInThrottledException(long minutesToWait) {
		super("Too many failed sign-ins");
		this.minutesToWait = minutesToWait;
	}

	public long minutesToWait() {
		return minutesToWait;
	}

}
