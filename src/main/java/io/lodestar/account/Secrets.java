package io.lodestar.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Random passwords and tokens, and token hashing. */
final class Secrets {

	/** No 0/O, 1/l/I: generated passwords are read off a log and typed in by people. */
	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	static final String TOKEN_PREFIX = "lst_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	static String password() {
		return random(PASSWORD_ALPHABET, 16);
	}

	/** 40 characters of a 62-letter alphabet: about 238 bits. */
	static String token() {
		return TOKEN_PREFIX + random(TOKEN_ALPHABET, 40);
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String random(String alphabet, int length) {
		StringBuilder result = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			result.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return result.toString();
	}

}
