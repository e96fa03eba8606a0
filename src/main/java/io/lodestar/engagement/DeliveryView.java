package io.lodestar.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery as administrators see it: to whom or which group chat, what it says (message key and arguments,
 * rendered in the reader's language by the page), how it went.
 *
 * @param channel {@code EMAIL} or {@code CHAT}
 * @param target the recipient's name (email) or the group chat's name (chat)
 * @param lastError why the last attempt failed (never the webhook URL or secret), or null
 */
public record DeliveryView(UUID id, UUID notificationId, String channel, String target, String kind,
		String messageKey, List<String> arguments, DeliveryStatus status, int attempts, Instant nextAttemptAt,
		Instant lastAttemptAt, Instant sentAt, String lastError, Instant createdAt) {

	/** For templates: the arguments as message parameters. */
	public Object[] parameters() {
		return arguments.toArray();
	}

}
