package io.lodestar.engagement.channels;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A platform-neutral bot message: a short title, a plain-text body (any Unicode, Chinese included; line breaks
 * are kept) and optionally one link with its label. Text is plain: each platform's renderer escapes what its
 * markup would otherwise interpret where the platform allows it (see {@link ChatMessages}).
 *
 * @param title the heading, not blank; one line (line breaks and the blanks around them become one space, since
 *        every platform shows the title as a single heading line)
 * @param text the body, plain text, not {@code null} (may be empty)
 * @param link an absolute {@code http} or {@code https} URL, or {@code null}
 * @param linkLabel the link's label; {@code null} or blank means the link itself is shown. Must be
 *        {@code null} when there is no link.
 */
public record ChatMessage(String title, String text, String link, String linkLabel) {

	public ChatMessage {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
		title = title.replaceAll("\\s*\\R\\s*", " ").strip();
		if (title.isEmpty()) {
			throw new IllegalArgumentException("Message title must not be blank");
		}
		if (link != null && link.isBlank()) {
			link = null;
		}
		if (link == null) {
			if (linkLabel != null && !linkLabel.isBlank()) {
				throw new IllegalArgumentException("A link label needs a link");
			}
			linkLabel = null;
		}
		else {
			link = link.strip();
			checkLink(link);
			if (linkLabel == null || linkLabel.isBlank()) {
				linkLabel = link;
			}
		}
	}

	/** A message without a link. */
	public static ChatMessage of(String title, String text) {
		return new ChatMessage(title, text, null, null);
	}

	/** Whether the message carries a link. */
	public boolean hasLink() {
		return link != null;
	}

	private static void checkLink(String link) {
		URI uri;
		try {
			uri = new URI(link);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Link is not a valid URL", ex);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
			throw new IllegalArgumentException("Link must be an absolute http(s) URL");
		}
	}

}
