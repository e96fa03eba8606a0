package io.lodestar.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.platform.security.SecondFactorRequiredException;
import io.lodestar.platform.security.SignInRefusedException;
import io.lodestar.platform.security.SignInSession;
import io.lodestar.platform.security.SignInThrottledException;

/**
 * E-mail and password sign-in (the login form, and HTTP Basic for creating a token), asking the directory
 * first when one is configured (see {@link DirectorySignIn}). Throttles guessing,
 * compares hashes in constant time even for unknown e-mail addresses, and audits every attempt. For an
 * account with two-factor sign-in a right password only opens the code step ({@link SecondFactorSignIn}).
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

	/** Hashed once so an unknown e-mail address costs as much time as a known one. */
	private final String dummyHash;

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Principals principals;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	private final TwoFactorManagement twoFactor;

	private final DirectorySignIn directory;

	private final SignInPolicy policy;

	PasswordAuthentication(UserAccountRepository accounts, PasswordEncoder passwords, Principals principals,
			LoginThrottle throttle, AuditTrail audit, Clock clock, TwoFactorManagement twoFactor,
			DirectorySignIn directory, SignInPolicy policy) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.passwords = passwords;
		this.principals = principals;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.directory = directory;
		this.policy = policy;
		this.dummyHash = passwords.encode(Secrets.password());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = String.valueOf(authentication.getPrincipal()).strip().toLowerCase(Locale.ROOT);
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = clientAddress();
		Optional<Long> blocked = throttle.blockedFor(LoginThrottle.emailKey(email))
			.or(() -> address == null ? Optional.empty() : throttle.blockedFor(LoginThrottle.addressKey(address)));
		if (blocked.isPresent()) {
			audit.recordSystem(null, null, safe(email), "SIGN_IN_THROTTLED", "user", null, null);
			throw new SignInThrottledException(blocked.get());
		}
		Optional<CurrentUser> directoryUser;
		try {
			directoryUser = email.length() > 254 ? Optional.empty() : directory.signIn(email, password, this::secondFactorIfOn);
		}
		catch (BadCredentialsException wrongDirectoryPassword) {
			throttle.failedSignIn(email, address);
			audit.recordSystem(null, null, safe(email), "SIGN_IN_FAILED", "user", null, "directory");
			throw wrongDirectoryPassword;
		}
		if (directoryUser.isPresent()) {
			throttle.succeeded(email);
			return UsernamePasswordAuthenticationToken.authenticated(directoryUser.get(), null,
					directoryUser.get().authorities());
		}
		Optional<UserAccount> account = email.length() > 254 ? Optional.empty() : accounts.findByEmail(email);
		boolean matches = passwords.matches(password,
				account.map(UserAccount::passwordHash).filter(hash -> hash != null).orElse(dummyHash));
		if (account.isEmpty() || !matches || account.get().passwordHash() == null) {
			throttle.failedSignIn(email, address);
			audit.recordSystem(account.map(UserAccount::tenantId).orElse(null), account.map(UserAccount::id).orElse(null),
					safe(email), "SIGN_IN_FAILED", "user", account.map(UserAccount::id).orElse(null), null);
			throw new BadCredentialsException("Bad credentials");
		}
		UserAccount user = account.get();
		Optional<CurrentUser> principal = principals.forAccount(user, null, AuthMethod.SESSION, Set.of());
		if (principal.isEmpty()) {
			audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN_REFUSED", "user", user.id(),
					"account disabled or employee left");
			throw new DisabledException("Account disabled");
		}
		if (policy.passwordRefused(user)) {
			audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN_REFUSED", "user", user.id(),
					"password sign-in is off for this company: single sign-on only");
			throw new SignInRefusedException("sso-required");
		}
		secondFactorIfOn(user);
		throttle.succeeded(email);
		accounts.recordSignIn(user.id(), java.sql.Timestamp.from(clock.instant()));
		audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN", "user", user.id(), null);
		return UsernamePasswordAuthenticationToken.authenticated(principal.get(), null, principal.get().authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** A right password (Lodestar's or the directory's) only opens the code step when two-factor sign-in is on. */
	private void secondFactorIfOn(UserAccount user) {
		if (twoFactor.enabled(user.id())) {
			awaitCode(user);
			throw new SecondFactorRequiredException();
		}
	}

	/**
	 * Remembers, in the (not signed-in) browser session, whose password was right, for the code step.
	 * HTTP Basic (token creation) has no session and no code step: it is simply refused for such accounts.
	 */
	private void awaitCode(UserAccount user) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& !attributes.getRequest().getRequestURI().startsWith(attributes.getRequest().getContextPath() + "/api/")) {
			SignInSession.awaitSecondFactor(attributes.getRequest().getSession(),
					new SignInSession.Pending(user.id(), user.email(), clock.instant()));
		}
		audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN_PASSWORD_ACCEPTED", "user", user.id(),
				"waiting for the second factor");
	}

	/** Keeps log-forging characters and oversized input out of the audit trail. */
	private static String safe(String email) {
		return ExternalIdentities.safe(email);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
