package io.lodestar.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Unauthenticated browser requests go to the login page; htmx requests get a 401 with {@code HX-Redirect}
 * so the whole page navigates instead of a login form being swapped into a fragment; requests for
 * machine-readable documents (the OpenAPI JSON) get a problem detail.
 */
class WebAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemResponses problems;

	WebAuthenticationEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean ended = request.getAttribute(PrincipalRefreshFilter.SESSION_ENDED) != null;
		String login = request.getContextPath() + (ended ? "/login?ended" : "/login");
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", login);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/v3/api-docs")) {
			problems.unauthorized(request, response, exception);
			return;
		}
		response.sendRedirect(login);
	}

}
