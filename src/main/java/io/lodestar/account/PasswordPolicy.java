package io.lodestar.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * NIST SP 800-63B style: at least 8 characters, up to 128, not a commonly used password, not the
 * e-mail address. No composition rules and no forced rotation.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	void check(String password, String email, String field) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw BusinessRuleException.invalid("account.password.too-short", field, MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw BusinessRuleException.invalid("account.password.too-long", field, MAX_LENGTH);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
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

	private static Set<String> load(String path) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
		return words;
	}

}
