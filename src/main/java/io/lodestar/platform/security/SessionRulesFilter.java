package io.lodestar.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two rules for browser sessions, checked on every request on the server: a session ends once its absolute
 * lifetime since sign-in has passed, however active it was (the idle timeout is the servlet container's);
 * and a user who must set up two-factor sign-in can reach only the enrolment page until they have.
 */
class SessionRulesFilter extends OncePerRequestFilter {

	/** Reachable while enrolment is outstanding: the enrolment pages, signing out, and what pages load. */
	private static final List<String> OPEN_DURING_ENROLMENT = List.of(SignInSuccessHandler.ENROL_PATH, "/account/confirm", "/logout",
			"/oauth2/authorization/",
			"/login", "/error", "/css/", "/js/", "/img/", "/webjars/", "/favicon");

	private final Duration absoluteLifetime;

	private final Clock clock;

	SessionRulesFilter(Duration absoluteLifetime, Clock clock) {
		this.absoluteLifetime = absoluteLifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof CurrentUser user
				&& user.authMethod().browserSession()) {
			Instant now = clock.instant();
			if (!(session.getAttribute(SignInSession.SIGNED_IN_AT) instanceof Instant signedInAt)) {
				// a session from before this rule existed: its lifetime counts from now
				SignInSession.signedIn(session, now, false);
			}
			else if (!signedInAt.plus(absoluteLifetime).isAfter(now)) {
				session.invalidate();
				request.setAttribute(PrincipalRefreshFilter.SESSION_ENDED, Boolean.TRUE);
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new AnonymousAuthenticationToken("expired", "anonymousUser",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
				SecurityContextHolder.setContext(context);
			}
			else if (Boolean.TRUE.equals(session.getAttribute(SignInSession.MUST_ENROL)) && !open(request)) {
				String target = request.getContextPath() + SignInSuccessHandler.ENROL_PATH;
				if (request.getHeader("HX-Request") != null) {
					response.setHeader("HX-Redirect", target);
					response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				}
				else {
					response.sendRedirect(target);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_DURING_ENROLMENT.stream().anyMatch(path::startsWith);
	}

}
