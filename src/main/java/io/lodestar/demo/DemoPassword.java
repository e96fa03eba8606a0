package io.lodestar.demo;

import java.security.SecureRandom;

/** A random password for the demo accounts, as readable as the account module's generated ones. */
final class DemoPassword {

	/** No 0/O, 1/l/I: the password is read off a log and typed in. */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private DemoPassword() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
