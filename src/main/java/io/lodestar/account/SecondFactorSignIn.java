package io.lodestar.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.platform.security.SignInThrottledException;

/**
 * The second sign-in step (an authenticator or recovery code after the right password); re-authentication
 * before sensitive changes is {@link Reauthentication}. Wrong codes count as failed sign-ins in the same
 * {@link LoginThrottle} as wrong passwords, so a stolen password does not buy unlimited code guesses.
 */
@Service
public class SecondFactorSignIn {

	private final UserAccountRepository accounts;

	private final Principals principals;

	private final TwoFactorManagement twoFactor;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	SecondFactorSignIn(UserAccountRepository accounts, Principals principals, TwoFactorManagement twoFactor,
			LoginThrottle throttle, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.principals = principals;
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Completes a sign-in whose password was accepted.
	 * @throws SignInThrottledException when too many attempts failed: the user starts again with the password
	 * @throws BadCredentialsException when the code is wrong or was used already
	 * @throws DisabledException when the account stopped working between the two steps
	 */
	public CurrentUser complete(UUID userId, String code, String address) {
		UserAccount user = accounts.findById(userId).orElseThrow(() -> new BadCredentialsException("unknown"));
		refuseIfThrottled(user.email(), address);
		if (!twoFactor.verify(userId, code)) {
			fail(user, address, "second factor");
			throw new BadCredentialsException("Bad code");
		}
		CurrentUser principal = principals.forAccount(user, null, AuthMethod.SESSION, Set.of())
			.orElseThrow(() -> new DisabledException("Account disabled"));
		throttle.succeeded(user.email());
		accounts.recordSignIn(user.id(), Timestamp.from(clock.instant()));
		audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN", "user", user.id(), "two-factor");
		return principal;
	}

	private void refuseIfThrottled(String email, String address) {
		Optional<Long> blocked = throttle.blockedFor(LoginThrottle.emailKey(email))
			.or(() -> address == null ? Optional.empty() : throttle.blockedFor(LoginThrottle.addressKey(address)));
		if (blocked.isPresent()) {
			throw new SignInThrottledException(blocked.get());
		}
	}

	private void fail(UserAccount user, String address, String step) {
		throttle.failedSignIn(user.email(), address);
		audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN_FAILED", "user", user.id(), step);
	}

}
