package io.lodestar.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds the signed-in user from the database on every request, so that an employee who left,
 * a disabled account, a "sign out everywhere" or a revoked token stops working on the next request.
 * Implemented by the account module.
 */
public interface PrincipalRefresher {

	/**
	 * @param stale the principal as stored in the session or produced by token authentication
	 * @param selectedCompany the company a platform operator switched to in this session, if any
	 * @return the current principal, or empty if the session must end now
	 */
	Optional<CurrentUser> refresh(CurrentUser stale, UUID selectedCompany);

}
