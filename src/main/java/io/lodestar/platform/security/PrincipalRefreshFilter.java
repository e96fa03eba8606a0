package io.lodestar.platform.security;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the principal stored in the session with a fresh one for this request only. If the user was
 * disabled, left the company or signed out everywhere, the session is invalidated and the request
 * continues as anonymous, so it is sent to the login page (browser) or answered 401 (API).
 */
class PrincipalRefreshFilter extends OncePerRequestFilter {

	/** Request attribute set when a session was ended here, so the entry point can tell the user why. */
	static final String SESSION_ENDED = "lodestar.sessionEnded";

	private final PrincipalRefresher refresher;

	PrincipalRefreshFilter(PrincipalRefresher refresher) {
		this.refresher = refresher;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser stale
				&& stale.authMethod() != CurrentUser.AuthMethod.TOKEN && stale.authMethod() != CurrentUser.AuthMethod.API_KEY) {
			HttpSession session = request.getSession(false);
			UUID selected = session == null ? null : SelectedCompany.in(session);
			Optional<CurrentUser> fresh = refresher.refresh(stale, selected);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			if (fresh.isPresent()) {
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null, fresh.get().authorities()));
			}
			else {
				if (session != null) {
					session.invalidate();
				}
				request.setAttribute(SESSION_ENDED, Boolean.TRUE);
				context.setAuthentication(new AnonymousAuthenticationToken("ended", "anonymousUser",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
			}
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
