package io.lodestar.platform.security;

import java.util.Optional;

/** Resolves a personal access token presented as {@code Authorization: Bearer ...}. Implemented by the account module. */
public interface TokenAuthenticator {

	Optional<CurrentUser> authenticate(String presentedToken);

}
