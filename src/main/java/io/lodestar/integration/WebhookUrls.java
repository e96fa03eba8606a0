package io.lodestar.integration;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Guards webhook targets against server-side request forgery: only {@code http}/{@code https} URLs without
 * user info, whose host resolves only to public addresses (not loopback, link-local incl. cloud metadata
 * 169.254.169.254, private, carrier-grade NAT, unique-local, multicast or unspecified) unless the installation
 * allows that host ({@code lodestar.webhooks.allowed-private-hosts}). Checked when a webhook is saved and again
 * before every delivery, since DNS answers change.
 */
@Component
class WebhookUrls {

	/** Why a URL is refused: the message key's last part. */
	static final class Refused extends Exception {

		private final String reason;

		Refused(String reason) {
			super(reason);
			this.reason = reason;
		}

		String reason() {
			return reason;
		}

	}

	private final WebhookProperties properties;

	WebhookUrls(WebhookProperties properties) {
		this.properties = properties;
	}

	URI check(String url) throws Refused {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException malformed) {
			throw new Refused("malformed");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new Refused("scheme");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null) {
			throw new Refused("malformed");
		}
		String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
				: uri.getHost();
		if (properties.allowsPrivate(host)) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException unknown) {
			throw new Refused("unresolved");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				throw new Refused("private");
			}
		}
		return uri;
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// fc00::/7 unique-local; IPv4-mapped and NAT64 forms could smuggle private IPv4 addresses
			return (bytes[0] & 0xfe) != 0xfc && !(bytes[0] == 0 && bytes[1] == 0) && !(bytes[0] == 0x00
					&& bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b);
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		// 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarking
		return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 192 && second == 0
				&& (bytes[2] & 0xff) == 0) && !(first == 198 && (second == 18 || second == 19)) && first < 240;
	}

}
