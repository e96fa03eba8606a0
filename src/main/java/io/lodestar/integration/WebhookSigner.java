package io.lodestar.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code v1=} + hex(HMAC-SHA256(secret, timestamp + "." + body)), where timestamp is
 * the {@code Lodestar-Timestamp} header (Unix seconds) and body the exact bytes received. Signing the time
 * lets receivers refuse replays older than a few minutes.
 */
final class WebhookSigner {

	static final String SIGNATURE_HEADER = "Lodestar-Signature";

	static final String TIMESTAMP_HEADER = "Lodestar-Timestamp";

	static final String EVENT_ID_HEADER = "Lodestar-Event-Id";

	static final String EVENT_TYPE_HEADER = "Lodestar-Event-Type";

	private WebhookSigner() {
	}

	static String sign(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("HmacSHA256 unavailable", impossible);
		}
	}

}
