package io.lodestar.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <personal access token or integration API key>}. An invalid,
 * expired or revoked credential is answered 401 at once; it never falls back to a session cookie. An API key
 * may call only the method and path patterns of its scopes ({@link TokenScope#allows}); anything else is 403
 * before a controller runs, so no endpoint can forget the check.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final List<TokenAuthenticator> tokens;

	private final ProblemResponses problems;

	BearerTokenFilter(List<TokenAuthenticator> tokens, ProblemResponses problems) {
		this.tokens = List.copyOf(tokens);
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		String presented = header.substring(PREFIX.length()).trim();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		TokenAuthenticator.ApiCall call = new TokenAuthenticator.ApiCall(request.getMethod(), path,
				request.getRemoteAddr());
		Optional<CurrentUser> user = Optional.empty();
		for (TokenAuthenticator authenticator : tokens) {
			user = authenticator.authenticate(presented, call);
			if (user.isPresent()) {
				break;
			}
		}
		if (user.isEmpty()) {
			problems.write(request, response, 401, "unauthorized", "platform.problem.token-invalid");
			return;
		}
		if (user.get().authMethod() == CurrentUser.AuthMethod.API_KEY
				&& user.get().scopes().stream().noneMatch(scope -> scope.allows(request.getMethod(), path))) {
			problems.write(request, response, 403, "insufficient-scope", "platform.problem.key-scope");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().authorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
