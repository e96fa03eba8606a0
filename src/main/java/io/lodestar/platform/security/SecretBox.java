package io.lodestar.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts stored credentials with AES-256-GCM. The key is {@code LODESTAR_SECRET_KEY} (base64 of 32 bytes)
 * or, without it, the file {@code secret.key} in the data directory, created on first use with owner-only
 * permissions. Losing the key makes stored passwords unreadable (enter them again); anyone holding the key
 * and the database can read them, so keep the key out of database backups.
 * <p>
 * A sealed value is {@code v1:} + base64(12-byte random nonce ‖ ciphertext ‖ tag). The caller's context
 * (company and object id) is bound as associated data, so a value copied to another row does not open.
 */
@Component
public class SecretBox {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final String configuredKey;

	private final Path keyFile;

	private final SecureRandom random = new SecureRandom();

	private volatile SecretKey key;

	public SecretBox(@Value("${lodestar.secret-key:}") String configuredKey,
			@Value("${lodestar.data-dir:./data}") String dataDir) {
		this.configuredKey = configuredKey == null ? "" : configuredKey.strip();
		this.keyFile = Path.of(dataDir).resolve("secret.key");
	}

	public String seal(String plain, String context) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] all = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, all, 0, nonce.length);
			System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(all);
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("AES-GCM unavailable", impossible);
		}
	}

	/** @throws SecretUnreadableException when the key changed or the value was tampered with */
	public String open(String sealed, String context) {
		if (sealed == null || !sealed.startsWith(PREFIX)) {
			throw new SecretUnreadableException();
		}
		try {
			byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			if (all.length < NONCE_BYTES + TAG_BITS / 8) {
				throw new SecretUnreadableException();
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException unreadable) {
			throw new SecretUnreadableException();
		}
	}

	private SecretKey key() {
		SecretKey current = key;
		if (current == null) {
			synchronized (this) {
				if (key == null) {
					key = new SecretKeySpec(configuredKey.isEmpty() ? fromFile() : decode(configuredKey), "AES");
				}
				current = key;
			}
		}
		return current;
	}

	private static byte[] decode(String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException malformed) {
			throw new IllegalStateException("LODESTAR_SECRET_KEY is not base64");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("LODESTAR_SECRET_KEY must be 32 bytes (base64 of 32 random bytes), not "
					+ bytes.length);
		}
		return bytes;
	}

	/** Reads the key file, or creates it (owner-only) if there is none; a concurrent creator wins. */
	private byte[] fromFile() {
		try {
			if (Files.exists(keyFile)) {
				return decode(Files.readString(keyFile, StandardCharsets.US_ASCII));
			}
			Files.createDirectories(keyFile.toAbsolutePath().getParent());
			byte[] fresh = new byte[32];
			random.nextBytes(fresh);
			Path temporary = ownerOnlyTempFile(keyFile.toAbsolutePath().getParent());
			Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
			try {
				// a hard link fails atomically when the file exists: of two nodes starting at once, one key wins
				Files.createLink(keyFile, temporary);
			}
			catch (FileAlreadyExistsException createdConcurrently) {
				// use the other node's key, read below
			}
			catch (UnsupportedOperationException | IOException noLinks) {
				if (!Files.exists(keyFile)) {
					Files.move(temporary, keyFile);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			return decode(Files.readString(keyFile, StandardCharsets.US_ASCII));
		}
		catch (IOException unusable) {
			throw new UncheckedIOException("cannot read or create the secret key file " + keyFile, unusable);
		}
	}

	private static Path ownerOnlyTempFile(Path directory) throws IOException {
		try {
			Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
			return Files.createTempFile(directory, "secret", ".tmp", PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		catch (UnsupportedOperationException notPosix) {
			Path file = Files.createTempFile(directory, "secret", ".tmp");
			var handle = file.toFile();
			handle.setReadable(false, false);
			handle.setWritable(false, false);
			handle.setReadable(true, true);
			handle.setWritable(true, true);
			return file;
		}
	}

	/** A stored secret that cannot be opened with the current key. */
	public static class SecretUnreadableException extends RuntimeException {

		public SecretUnreadableException() {
			super("stored secret cannot be decrypted with the current key");
		}

	}

}
