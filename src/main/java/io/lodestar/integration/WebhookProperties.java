package io.lodestar.integration;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing webhooks ({@code lodestar.webhooks.*}).
 *
 * @param allowedPrivateHosts host names or addresses that may be webhook targets although they are (or resolve
 * to) loopback, link-local or private addresses; {@code *} allows every such address. Empty by default, so a
 * webhook cannot be used to probe the installation's own network (SSRF).
 * @param deliveryEnabled whether the background worker sends due deliveries (tests send them themselves)
 * @param deliveryInterval the pause between two rounds of the worker
 * @param timeout how long one request may take (connecting and answering)
 * @param batchSize deliveries sent per round at most
 */
@ConfigurationProperties("lodestar.webhooks")
record WebhookProperties(List<String> allowedPrivateHosts, Boolean deliveryEnabled, Duration deliveryInterval,
		Duration timeout, Integer batchSize) {

	WebhookProperties {
		allowedPrivateHosts = allowedPrivateHosts == null ? List.of()
				: allowedPrivateHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty())
					.toList();
		deliveryEnabled = deliveryEnabled == null || deliveryEnabled;
		deliveryInterval = deliveryInterval == null ? Duration.ofSeconds(15) : deliveryInterval;
		timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		batchSize = batchSize == null ? 100 : batchSize;
	}

	boolean allowsPrivate(String host) {
		return allowedPrivateHosts.contains("*") || allowedPrivateHosts.contains(host.toLowerCase(Locale.ROOT));
	}

}
