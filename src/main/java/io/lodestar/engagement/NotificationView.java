package io.lodestar.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notification in an inbox. The text is {@code messageKey} with {@code arguments}, rendered in the reader's
 * language when shown.
 *
 * @param link a path inside Lodestar (starting with one slash), or null
 */
public record NotificationView(UUID id, String kind, String messageKey, List<String> arguments, String link,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	/** For templates: the arguments as message parameters. */
	public Object[] parameters() {
		return arguments.toArray();
	}

}
