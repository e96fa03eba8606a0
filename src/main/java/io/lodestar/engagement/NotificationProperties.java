package io.lodestar.engagement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery of notifications beyond the inbox ({@code lodestar.notifications.*}).
 *
 * @param mailFrom the sender address of notification emails ({@code LODESTAR_MAIL_FROM})
 * @param deliveryEnabled whether the background worker sends due deliveries (tests send them themselves)
 * @param deliveryInterval the pause between two rounds of the worker
 * @param webhookTimeout how long one webhook request may take (connecting and answering)
 * @param batchSize deliveries sent per round at most; the rest follow in the next round
 */
@ConfigurationProperties("lodestar.notifications")
record NotificationProperties(String mailFrom, Boolean deliveryEnabled, Duration deliveryInterval,
		Duration webhookTimeout, Integer batchSize) {

	NotificationProperties {
		mailFrom = mailFrom == null || mailFrom.isBlank() ? "lodestar@localhost" : mailFrom.strip();
		deliveryEnabled = deliveryEnabled == null || deliveryEnabled;
		deliveryInterval = deliveryInterval == null ? Duration.ofSeconds(30) : deliveryInterval;
		webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(10) : webhookTimeout;
		batchSize = batchSize == null ? 100 : batchSize;
	}

}
