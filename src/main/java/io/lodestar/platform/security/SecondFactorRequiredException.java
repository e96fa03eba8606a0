package io.lodestar.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right but the account uses two-factor sign-in: the browser is sent to the code step,
 * an API client using HTTP Basic is refused (it cannot present a code; see the token page instead).
 */
public class SecondFactorRequiredException extends AuthenticationException {

	public SecondFactorRequiredException() {
		super("Second factor required");
	}

}
