package io.lodestar.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login page with a reason code the page can translate. Wrong e-mail
 * and wrong password give the same answer, so the page cannot be used to find out who has an account.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof SecondFactorRequiredException) {
			// the session is not signed in: it only remembers who gave the right password, for a few minutes
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		String reason;
		if (exception instanceof SignInThrottledException throttled) {
			reason = "throttled&minutes=" + throttled.minutesToWait();
		}
		else if (exception instanceof SignInRefusedException refused) {
			reason = refused.reason();
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		else {
			reason = "bad";
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

}
