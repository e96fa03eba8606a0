package io.lodestar.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param admin the first system administrator, created on an empty database
 * @param security.loginThrottle how many failed sign-ins are free before waiting is required
 * @param security.twoFactor two-factor sign-in
 * @param security.reauthentication how long a sign-in or confirmation counts as recent for changing
 * the password or two-factor settings
 */
@ConfigurationProperties("lodestar")
record AccountProperties(Admin admin, Security security) {

	record Admin(String email, String password) {
	}

	record Security(LoginThrottle loginThrottle, TwoFactor twoFactor, Duration reauthentication) {
	}

	/**
	 * @param issuer the name authenticator apps show next to the account
	 * @param enforcedRoles roles that must use two-factor sign-in in every company and for platform operators,
	 * on top of what each company chooses (comma-separated, e.g. SYSTEM_ADMIN)
	 */
	record TwoFactor(String issuer, java.util.Set<io.lodestar.platform.security.Role> enforcedRoles) {
	}

	/**
	 * @param freeFailures failures per e-mail address allowed before each further one blocks for a while
	 * @param freeFailuresPerAddress the same per client address; high, because many honest users may share
	 * one address behind a proxy and an attacker must not be able to lock them all out
	 * @param maxBlock the longest block; it doubles from one minute up to this
	 */
	record LoginThrottle(int freeFailures, int freeFailuresPerAddress, Duration maxBlock) {
	}

}
