package io.lodestar.account;

import java.util.Locale;

import org.springframework.stereotype.Component;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * NIST SP 800-63B style: at least 8 characters, up to 128, not on the shipped list of breached and common
 * passwords ({@link BreachedPasswords}, compared ignoring case), not the e-mail address. No composition rules
 * and no forced rotation.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final BreachedPasswords breached;

	PasswordPolicy() {
		this.breached = BreachedPasswords.shipped();
	}

	void check(String password, String email, String field) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw BusinessRuleException.invalid("account.password.too-short", field, MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw BusinessRuleException.invalid("account.password.too-long", field, MAX_LENGTH);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (breached.contains(lower)) {
			throw BusinessRuleException.invalid("account.password.common", field);
		}
		if (email != null) {
			String local = email.toLowerCase(Locale.ROOT).split("@")[0];
			if (lower.equals(email.toLowerCase(Locale.ROOT)) || (local.length() >= 4 && lower.contains(local))) {
				throw BusinessRuleException.invalid("account.password.contains-email", field);
			}
		}
		if (password.chars().distinct().count() < 3) {
			throw BusinessRuleException.invalid("account.password.repetitive", field);
		}
	}

}
