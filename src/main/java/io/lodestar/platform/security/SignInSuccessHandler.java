package io.lodestar.platform.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a password-only sign-in: starts the session's absolute lifetime and, if the user's role requires
 * two-factor sign-in they have not set up, sends them to enrol before anything else.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String ENROL_PATH = "/account/two-factor";

	private final SecondFactorEnforcement enforcement;

	private final Clock clock;

	SignInSuccessHandler(SecondFactorEnforcement enforcement, Clock clock) {
		this.enforcement = enforcement;
		this.clock = clock;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		boolean mustEnrol = authentication.getPrincipal() instanceof CurrentUser user && enforcement.mustEnrol(user);
		SignInSession.signedIn(request.getSession(), clock.instant(), mustEnrol);
		if (mustEnrol) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, ENROL_PATH);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
