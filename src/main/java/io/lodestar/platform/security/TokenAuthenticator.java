package io.lodestar.platform.security;

import java.util.Optional;

/**
 * Resolves a credential presented as {@code Authorization: Bearer ...}: personal access tokens (the account
 * module) and integration API keys (the integration module). Each implementation answers only for its own
 * prefix and returns empty for anything else.
 */
public interface TokenAuthenticator {

	Optional<CurrentUser> authenticate(String presentedToken);

	/** The same with the call it came with, for credentials bound to addresses or audited per call. */
	default Optional<CurrentUser> authenticate(String presentedToken, ApiCall call) {
		return authenticate(presentedToken);
	}

	/** The request a credential was presented with. */
	record ApiCall(String method, String path, String remoteAddress) {
	}

}
