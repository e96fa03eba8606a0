package io.lodestar.engagement.channels;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What to POST to a bot webhook: the final URL (with signing parameters added for DingTalk), the JSON body
 * and the headers. Sending it is up to the caller.
 *
 * @param url the URL to POST to
 * @param body the JSON body; send it as UTF-8 ({@link #bodyBytes()})
 * @param headers the request headers (an unmodifiable map)
 */
public record OutgoingRequest(String url, String body, Map<String, String> headers) {

	public OutgoingRequest {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(body, "body");
		headers = Map.copyOf(headers);
	}

	/** The body encoded as UTF-8. */
	public byte[] bodyBytes() {
		return body.getBytes(StandardCharsets.UTF_8);
	}

	/** Never prints the URL: it carries the bot's token. */
	@Override
	public String toString() {
		return "OutgoingRequest[body=" + body.length() + " chars, headers=" + headers + "]";
	}

}
