package io.lodestar.engagement.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.lodestar.engagement.NotificationView;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A notification, with its text in the caller's language ({@code Accept-Language}) and the key and arguments
 * it is made of.
 *
 * @param link a path inside Lodestar, or null
 */
@Schema(name = "Notification")
record NotificationResponse(UUID id, String kind, String message, String messageKey, List<String> arguments,
		String link, Instant createdAt, Instant readAt, boolean read) {

	static NotificationResponse of(NotificationView notification, Messages messages) {
		return new NotificationResponse(notification.id(), notification.kind(),
				messages.get(notification.messageKey(), notification.parameters()), notification.messageKey(),
				notification.arguments(), notification.link(), notification.createdAt(), notification.readAt(),
				!notification.unread());
	}

}
