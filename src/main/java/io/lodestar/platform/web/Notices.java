package io.lodestar.platform.web;

import java.io.Serializable;
import java.util.Arrays;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-line confirmation shown at the top of the next page after a redirect ("Saved."). */
public final class Notices {

	public static final String ATTRIBUTE = "notice";

	private Notices() {
	}

	/** @param messageKey key of the text; arguments are message arguments */
	public static void add(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(messageKey, arguments));
	}

	/**
	 * Kept in the session until the next page, and sessions are stored in the database (several instances share
	 * them), so it must be serializable: an argument that is not is kept as its text.
	 */
	public record Notice(String key, Object[] arguments) implements Serializable {

		public Notice {
			arguments = arguments == null ? new Object[0]
					: Arrays.stream(arguments)
						.map(argument -> argument == null || argument instanceof Serializable ? argument
								: String.valueOf(argument))
						.toArray();
		}

	}

}
