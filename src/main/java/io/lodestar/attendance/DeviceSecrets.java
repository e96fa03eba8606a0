package io.lodestar.attendance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A device's shared secret is stored as its SHA-256 digest only and compared in constant time. It is weak
 * protection (devices send it in the clear, in the query string), which is why an address rule exists too.
 */
final class DeviceSecrets {

	private DeviceSecrets() {
	}

	static String digest(String secret) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static boolean matches(String sent, String storedDigest) {
		if (sent == null || sent.isEmpty()) {
			return false;
		}
		return MessageDigest.isEqual(digest(sent).getBytes(StandardCharsets.US_ASCII),
				storedDigest.getBytes(StandardCharsets.US_ASCII));
	}

}
