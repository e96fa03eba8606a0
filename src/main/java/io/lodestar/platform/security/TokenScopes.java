package io.lodestar.platform.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * URL-level rule for changing requests: sessions may change data, tokens only with the WRITE scope, or with
 * ATTENDANCE_WRITE for the punch intake paths. The handlers still check role and object.
 */
final class TokenScopes {

	private TokenScopes() {
	}

	static AuthorizationManager<RequestAuthorizationContext> writeAllowed() {
		return (authentication, context) -> {
			var current = authentication.get();
			if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof CurrentUser user)) {
				return new AuthorizationDecision(false);
			}
			boolean attendanceIntake = TokenScope.ATTENDANCE_WRITE.allows(context.getRequest().getMethod(),
					context.getRequest().getRequestURI());
			return new AuthorizationDecision(user.authMethod() != CurrentUser.AuthMethod.TOKEN
					|| user.scopes().contains(TokenScope.WRITE)
					|| attendanceIntake && user.scopes().contains(TokenScope.ATTENDANCE_WRITE));
		};
	}

}
