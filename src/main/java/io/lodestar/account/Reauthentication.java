package io.lodestar.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SignInRefusedException;
import io.lodestar.platform.security.SignInThrottledException;

/**
 * Proving again that the signed-in person is at the keyboard before a sensitive change of their account
 * ("sudo mode"), in the way they sign in: their Lodestar password, or their directory password (a fresh bind),
 * each with a code when two-factor sign-in is on; or a fresh login at the OIDC provider
 * ({@link OidcReauthentication}). Wrong passwords and codes count in the {@link LoginThrottle} like failed
 * sign-ins.
 */
@Service
public class Reauthentication {

	/** Reason code when the directory cannot be reached (the login page's code). */
	public static final String DIRECTORY_UNAVAILABLE = DirectorySignIn.UNAVAILABLE;

	/**
	 * Ways this person can confirm it is them.
	 * @param password a password field (Lodestar's or, with {@code directoryPassword}, the directory's)
	 * @param code the password needs a two-factor code as well
	 * @param singleSignOn a fresh login at the OIDC provider
	 */
	public record Options(boolean password, boolean directoryPassword, boolean code, boolean singleSignOn) {

		public boolean any() {
			return password || singleSignOn;
		}

	}

	/** Which password a person has, for the "change password" part of their account page. */
	public enum OwnPassword {

		/** a Lodestar password, changed here */
		LODESTAR,
		/** their directory (LDAP / Active Directory) password: changed in the directory, not here */
		DIRECTORY,
		/** their company signs in through single sign-on only: no password in Lodestar */
		NONE

	}

	private final UserAccountRepository accounts;

	private final TwoFactorManagement twoFactor;

	private final LoginThrottle throttle;

	private final PasswordEncoder passwords;

	private final DirectorySignIn directory;

	private final SignInPolicy policy;

	private final SsoProperties sso;

	private final AuditTrail audit;

	Reauthentication(UserAccountRepository accounts, TwoFactorManagement twoFactor, LoginThrottle throttle,
			PasswordEncoder passwords, DirectorySignIn directory, SignInPolicy policy, SsoProperties sso,
			AuditTrail audit) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.passwords = passwords;
		this.directory = directory;
		this.policy = policy;
		this.sso = sso;
		this.audit = audit;
	}

	public Options options(CurrentUser me) {
		UserAccount user = account(me);
		boolean directoryPassword = directory.manages(user);
		boolean password = directoryPassword || lodestarPasswordCounts(user);
		return new Options(password, directoryPassword, password && twoFactor.enabled(user.id()), sso.oidc().enabled());
	}

	public OwnPassword ownPassword(CurrentUser me) {
		UserAccount user = account(me);
		if (directory.manages(user)) {
			return OwnPassword.DIRECTORY;
		}
		return policy.passwordRefused(user) ? OwnPassword.NONE : OwnPassword.LODESTAR;
	}

	/**
	 * Confirms it is still the signed-in user: the password the directory or Lodestar checks for them (as at
	 * sign-in: the directory decides for people it knows), and a code when two-factor sign-in is on.
	 * @return false when either is wrong (counted like a failed sign-in)
	 * @throws SignInThrottledException when too many attempts failed
	 * @throws SignInRefusedException with {@link #DIRECTORY_UNAVAILABLE} when the directory cannot be reached
	 */
	public boolean withPassword(CurrentUser me, String password, String code, String address) {
		UserAccount user = account(me);
		refuseIfThrottled(user.email(), address);
		DirectorySignIn.Confirmation byDirectory = directory.confirm(user, password);
		boolean passwordRight = switch (byDirectory) {
			case CONFIRMED -> true;
			case REFUSED -> false;
			case NOT_DIRECTORY -> lodestarPasswordCounts(user)
					&& passwords.matches(password == null ? "" : password, user.passwordHash());
		};
		// the code is checked only after a right password, so a wrong password does not use up a recovery code
		boolean right = passwordRight && (!twoFactor.enabled(user.id()) || twoFactor.verify(user.id(), code));
		if (!right) {
			throttle.failedSignIn(user.email(), address);
			audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN_FAILED", "user", user.id(),
					"re-authentication");
			return false;
		}
		throttle.succeeded(user.email());
		audit.recordSystem(user.tenantId(), user.id(), user.email(), "REAUTHENTICATED", "user", user.id(),
				byDirectory == DirectorySignIn.Confirmation.CONFIRMED ? "directory" : null);
		return true;
	}

	/** Only pages of one's own account are places to come back to after confirming (no open redirect). */
	public static String safeNext(String next) {
		return next != null && next.matches("/account(/[a-z-]+)*") ? next : "/account";
	}

	/** Where the browser starts a fresh login at the OIDC provider that comes back to {@code next}. */
	public static String singleSignOnStart(String next) {
		return OidcReauthentication.START + "&next=" + URLEncoder.encode(safeNext(next), StandardCharsets.UTF_8);
	}

	/** A Lodestar password proves nothing once the company switched password sign-in off. */
	private boolean lodestarPasswordCounts(UserAccount user) {
		return user.passwordHash() != null && !policy.passwordRefused(user);
	}

	private UserAccount account(CurrentUser me) {
		return accounts.findById(me.userId()).orElseThrow(() -> new BadCredentialsException("unknown"));
	}

	private void refuseIfThrottled(String email, String address) {
		Optional<Long> blocked = throttle.blockedFor(LoginThrottle.emailKey(email))
			.or(() -> address == null ? Optional.empty() : throttle.blockedFor(LoginThrottle.addressKey(address)));
		if (blocked.isPresent()) {
			throw new SignInThrottledException(blocked.get());
		}
	}

}
