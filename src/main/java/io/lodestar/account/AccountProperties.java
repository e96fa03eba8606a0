package io.lodestar.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param admin the first system administrator, created on an empty database
 * @param security.loginThrottle how many failed sign-ins are free before waiting is required
 */
@ConfigurationProperties("lodestar")
record AccountProperties(Admin admin, Security security) {

	record Admin(String email, String password) {
	}

	record Security(LoginThrottle loginThrottle) {
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
