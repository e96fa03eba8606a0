package io.lodestar.integration;

import java.util.regex.Pattern;

/** Keeps credentials out of what runs store and show: database messages may quote URLs or settings. */
final class Redaction {

	static final int MAX_DETAIL = 1000;

	private static final Pattern PASSWORD_SETTING = Pattern.compile("(?i)(password\\s*[=:]\\s*)([^\\s;&,)]+)");

	private Redaction() {
	}

	static String detail(String text, String password) {
		if (text == null) {
			return null;
		}
		String safe = text;
		if (password != null && !password.isEmpty()) {
			safe = safe.replace(password, "***");
		}
		safe = PASSWORD_SETTING.matcher(safe).replaceAll("$1***");
		return cut(safe.strip(), MAX_DETAIL);
	}

	static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
