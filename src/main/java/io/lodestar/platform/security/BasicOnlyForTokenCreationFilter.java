package io.lodestar.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * E-mail and password are accepted over the API for one purpose only: {@code POST /api/v1/tokens}.
 * Everything else needs a token, so a leaked password cannot be replayed against the whole API.
 */
class BasicOnlyForTokenCreationFilter extends OncePerRequestFilter {

	static final String TOKEN_CREATION_PATH = "/api/v1/tokens";

	private final ProblemResponses problems;

	BasicOnlyForTokenCreationFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		if (basic && !("POST".equals(request.getMethod())
				&& TOKEN_CREATION_PATH.equals(request.getRequestURI().substring(request.getContextPath().length())))) {
			problems.write(request, response, 401, "unauthorized", "platform.problem.basic-only-for-tokens");
			return;
		}
		chain.doFilter(request, response);
	}

}
