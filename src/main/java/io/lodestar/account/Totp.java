package io.lodestar.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP). Lodestar uses what every authenticator app
 * understands: HMAC-SHA1, 6 digits, 30-second steps, and accepts one step either side for clock drift.
 * Secrets travel as RFC 4648 base32 (what the apps expect in the otpauth:// URI).
 */
final class Totp {

	static final int DIGITS = 6;

	static final long STEP_SECONDS = 30;

	/** 160 bits, the HMAC-SHA1 block the RFC recommends. */
	static final int SECRET_BYTES = 20;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** RFC 4226 §5.3 dynamic truncation; {@code algorithm} is a JCA Mac name such as HmacSHA1. */
	static String code(byte[] secret, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			long modulus = (long) Math.pow(10, digits);
			String value = Long.toString(binary % modulus);
			return "0".repeat(digits - value.length()) + value;
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static String code(byte[] secret, long step) {
		return code(secret, step, DIGITS, "HmacSHA1");
	}

	/**
	 * The step whose code matches, trying the current step and one either side; compared in constant
	 * time so timing does not reveal digits.
	 */
	static OptionalLong matchingStep(byte[] secret, String presented, Instant now) {
		if (presented == null || !presented.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		long found = -1;
		for (long candidate = current - 1; candidate <= current + 1; candidate++) {
			if (MessageDigest.isEqual(code(secret, candidate).getBytes(), presented.getBytes()) && found < 0) {
				found = candidate;
			}
		}
		return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] fromBase32(String text) {
		String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}

}
