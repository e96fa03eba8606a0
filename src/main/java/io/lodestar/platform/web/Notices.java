package io.lodestar.platform.web;

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

	public record Notice(String key, Object[] arguments) {
	}

}
