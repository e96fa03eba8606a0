package io.lodestar.platform.operations;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;

/** A minimal TLS ClientHello written byte by byte (RFC 5246 §7.4.1.2), for any protocol version. */
final class TlsHello {

	private TlsHello() {
	}

	static byte[] clientHello(int version) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		short16(body, version);
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		body.writeBytes(random);
		body.write(0); // no session id
		// ECDHE-RSA with AES-GCM (TLS 1.2) and AES-CBC (also TLS 1.0/1.1), plain RSA as a last resort
		int[] suites = { 0xc02f, 0xc030, 0xc013, 0xc014, 0x002f, 0x0035 };
		short16(body, suites.length * 2);
		for (int suite : suites) {
			short16(body, suite);
		}
		body.write(1);
		body.write(0); // no compression
		ByteArrayOutputStream extensions = new ByteArrayOutputStream();
		extension(extensions, 0x000a, new byte[] { 0, 4, 0, 0x17, 0, 0x1d }); // supported groups: P-256, X25519
		extension(extensions, 0x000b, new byte[] { 1, 0 }); // uncompressed points
		extension(extensions, 0x000d, new byte[] { 0, 6, 4, 1, 8, 4, 4, 3 }); // RSA-SHA256, RSA-PSS, ECDSA-SHA256
		short16(body, extensions.size());
		body.writeBytes(extensions.toByteArray());
		ByteArrayOutputStream record = new ByteArrayOutputStream();
		record.write(0x16); // handshake
		short16(record, 0x0301); // record version, as real clients send
		short16(record, body.size() + 4);
		record.write(0x01); // ClientHello
		record.write(0);
		short16(record, body.size());
		record.writeBytes(body.toByteArray());
		return record.toByteArray();
	}

	private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
		short16(out, type);
		short16(out, data.length);
		out.writeBytes(data);
	}

	private static void short16(ByteArrayOutputStream out, int value) {
		out.write((value >> 8) & 0xff);
		out.write(value & 0xff);
	}

}
