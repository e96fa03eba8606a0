package io.lodestar.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.TokenAuthenticator;

/**
 * Turns an integration API key ({@code lsk_…}) into a principal: the key's id as user id, its name as the
 * actor everywhere the audit trail names one, no employee, HR's and executives' view of the company (so
 * within its scopes it sees the whole company) and its scopes. Revoked, expired and out-of-range keys are
 * refused. Every call is written to the audit trail with the key's name, method and path.
 */
@Component
class ApiKeyAuthenticator implements TokenAuthenticator {

	private final ApiKeys keys;

	private final AuditTrail audit;

	private final Clock clock;

	ApiKeyAuthenticator(ApiKeys keys, AuditTrail audit, Clock clock) {
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	/** Without the request a key cannot be checked against its addresses, so it is not accepted. */
	@Override
	public Optional<CurrentUser> authenticate(String presentedToken) {
		return Optional.empty();
	}

	@Override
	public Optional<CurrentUser> authenticate(String presentedToken, ApiCall call) {
		if (presentedToken == null || !presentedToken.startsWith(ApiKeys.PREFIX) || presentedToken.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<ApiKeys.Stored> found = keys.byKey(presentedToken);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApiKeys.Stored key = found.get();
		ApiKeyView view = key.view();
		String what = call.method() + " " + call.path();
		boolean live = view.revokedAt() == null && (view.expiresAt() == null || view.expiresAt().isAfter(now));
		if (!live || !AddressRanges.parse(view.allowedAddresses()).map(ranges -> ranges.allows(call.remoteAddress()))
			.orElse(false)) {
			audit.recordSystem(key.tenant(), view.id(), view.name(), "API_KEY_REFUSED", "integration_api_key",
					view.id(), what + (live ? " from " + call.remoteAddress() : " (revoked or expired)"));
			return Optional.empty();
		}
		keys.markUsed(key.tenant(), view.id(), now);
		audit.recordSystem(key.tenant(), view.id(), view.name(), "API_KEY_USED", "integration_api_key", view.id(),
				what);
		return Optional.of(new CurrentUser(view.id(), key.tenant(), null, view.name(), view.name(),
				EnumSet.of(Role.HR_ADMIN, Role.EXECUTIVE), 0, CurrentUser.AuthMethod.API_KEY,
				new HashSet<>(view.scopes()), null));
	}

}
