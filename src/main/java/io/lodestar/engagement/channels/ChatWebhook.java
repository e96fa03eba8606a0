package io.lodestar.engagement.channels;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A group bot's webhook: the platform, the URL it gave us and, for DingTalk's "加签" and Feishu's "签名校验", the
 * signing secret. The URL must be {@code https}; plain {@code http} is accepted only for {@code localhost},
 * {@code 127.0.0.1} and {@code [::1]} (test servers). The URL may not carry a fragment.
 *
 * @param platform which platform's format and signing to use
 * @param url the webhook URL as the platform shows it (it usually carries the bot's token or key)
 * @param secret the signing secret, or {@code null} (or blank) when signing is not enabled; ignored by the
 *        platforms that do not sign (WeCom, Slack, Teams)
 */
public record ChatWebhook(ChatPlatform platform, String url, String secret) {

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	public ChatWebhook {
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(url, "url");
		url = url.strip();
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Webhook URL is not a valid URL", ex);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (host.isEmpty()) {
			throw new IllegalArgumentException("Webhook URL must be absolute, with a host");
		}
		boolean allowed = scheme.equals("https") || (scheme.equals("http") && LOCAL_HOSTS.contains(host));
		if (!allowed) {
			throw new IllegalArgumentException("Webhook URL must use https (http only for localhost)");
		}
		if (uri.getRawFragment() != null) {
			throw new IllegalArgumentException("Webhook URL must not have a fragment");
		}
		if (secret != null && secret.isBlank()) {
			secret = null;
		}
	}

	/** A webhook without a signing secret. */
	public static ChatWebhook of(ChatPlatform platform, String url) {
		return new ChatWebhook(platform, url, null);
	}

	/** Whether a signing secret is set. */
	public boolean signed() {
		return secret != null;
	}

	/** Never prints the secret (or the URL, whose token is a credential too). */
	@Override
	public String toString() {
		return "ChatWebhook[platform=" + platform + ", signed=" + signed() + "]";
	}

}
