package io.lodestar.operations;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM over an archive in chunks of 1 MiB, so a large archive never has to fit in memory. Each chunk
 * binds its index and whether it is the last one as associated data: chunks cannot be reordered, dropped or
 * cut off at the end without the archive being refused. Layout: {@code LSBKENC1}, then per chunk a last-flag
 * byte, the ciphertext length, a random 12-byte nonce and the ciphertext with its tag.
 */
final class ArchiveCrypto {

	static final byte[] MAGIC = "LSBKENC1".getBytes(StandardCharsets.US_ASCII);

	private static final int CHUNK = 1 << 20;

	private static final int NONCE_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ArchiveCrypto() {
	}

	static SecretKey key(String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException notBase64) {
			throw new ArchiveRefusedException("The backup key is not base64 (expected 32 random bytes, base64)");
		}
		if (bytes.length != 32) {
			throw new ArchiveRefusedException("The backup key must be 32 bytes (base64 of 32 random bytes), not "
					+ bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	static boolean isEncrypted(byte[] head) {
		return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
	}

	static OutputStream encrypting(OutputStream target, SecretKey key) throws IOException {
		target.write(MAGIC);
		return new EncryptingStream(new DataOutputStream(target), key);
	}

	/** Decrypts all of {@code source} into {@code target}; refuses a wrong key, altered or cut-off archive. */
	static void decrypt(InputStream source, OutputStream target, SecretKey key) throws IOException {
		DataInputStream in = new DataInputStream(source);
		byte[] magic = in.readNBytes(MAGIC.length);
		if (!Arrays.equals(magic, MAGIC)) {
			throw new ArchiveRefusedException("Not an encrypted Lodestar backup");
		}
		long index = 0;
		while (true) {
			int last = in.read();
			if (last < 0) {
				throw new ArchiveRefusedException("The encrypted archive is truncated (its last part is missing)");
			}
			try {
				int length = in.readInt();
				if (length < 16 || length > CHUNK + 16) {
					throw new ArchiveRefusedException("The encrypted archive is damaged (part " + index + ")");
				}
				byte[] nonce = new byte[NONCE_BYTES];
				in.readFully(nonce);
				byte[] sealed = new byte[length];
				in.readFully(sealed);
				target.write(cipher(Cipher.DECRYPT_MODE, key, nonce, index, last == 1).doFinal(sealed));
			}
			catch (EOFException cut) {
				throw new ArchiveRefusedException("The encrypted archive is truncated (part " + index + ")");
			}
			catch (AEADBadTagException wrong) {
				throw new ArchiveRefusedException(
						"The archive cannot be decrypted: wrong backup key, or the archive was altered");
			}
			catch (GeneralSecurityException impossible) {
				throw new IllegalStateException("AES-GCM unavailable", impossible);
			}
			if (last == 1) {
				if (in.read() >= 0) {
					throw new ArchiveRefusedException("The encrypted archive has data after its last part");
				}
				return;
			}
			index++;
		}
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, long index, boolean last)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(128, nonce));
		cipher.updateAAD(ByteBuffer.allocate(MAGIC.length + 9).put(MAGIC).putLong(index).put((byte) (last ? 1 : 0))
				.array());
		return cipher;
	}

	private static final class EncryptingStream extends OutputStream {

		private final DataOutputStream target;

		private final SecretKey key;

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);

		private long index;

		private boolean closed;

		EncryptingStream(DataOutputStream target, SecretKey key) {
			this.target = target;
			this.key = key;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				int room = CHUNK - buffer.size();
				if (room == 0) {
					// only a full buffer with more data coming is a non-last chunk
					seal(false);
					continue;
				}
				int take = Math.min(room, length);
				buffer.write(bytes, offset, take);
				offset += take;
				length -= take;
			}
		}

		private void seal(boolean last) throws IOException {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			try {
				byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, index++, last).doFinal(buffer.toByteArray());
				target.write(last ? 1 : 0);
				target.writeInt(sealed.length);
				target.write(nonce);
				target.write(sealed);
			}
			catch (GeneralSecurityException impossible) {
				throw new IllegalStateException("AES-GCM unavailable", impossible);
			}
			buffer.reset();
		}

		@Override
		public void close() throws IOException {
			if (!closed) {
				closed = true;
				seal(true);
				target.close();
			}
		}

	}

}
