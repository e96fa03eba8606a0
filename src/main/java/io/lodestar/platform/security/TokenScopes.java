package io.lodestar.platform.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** URL-level rule for changing requests: sessions may change data, tokens only with the WRITE scope. */
final class TokenScopes {

	private TokenScopes() {
	}

	static AuthorizationManager<RequestAuthorizationContext> writeAllowed() {
		return (authentication, context) -> {
			var current = authentication.get();
			if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof CurrentUser user)) {
				return new AuthorizationDecision(false);
			}
			return new AuthorizationDecision(
					user.authMethod() != CurrentUser.AuthMethod.TOKEN || user.scopes().contains(TokenScope.WRITE));
		};
	}

}
