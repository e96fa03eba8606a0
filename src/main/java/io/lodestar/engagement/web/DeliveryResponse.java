package io.lodestar.engagement.web;

import java.time.Instant;
import java.util.UUID;

import io.lodestar.engagement.DeliveryStatus;
import io.lodestar.engagement.DeliveryView;
import io.lodestar.platform.web.Messages;

/** A delivery in API responses; the text in the caller's language. */
record DeliveryResponse(UUID id, UUID notificationId, String channel, String target, String kind, String text,
		DeliveryStatus status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Instant sentAt,
		String lastError, Instant createdAt) {

	static DeliveryResponse of(DeliveryView view, Messages messages) {
		return new DeliveryResponse(view.id(), view.notificationId(), view.channel(), view.target(), view.kind(),
				messages.get(view.messageKey(), view.parameters()), view.status(), view.attempts(),
				view.status() == DeliveryStatus.PENDING ? view.nextAttemptAt() : null, view.lastAttemptAt(),
				view.sentAt(), view.lastError(), view.createdAt());
	}

}
