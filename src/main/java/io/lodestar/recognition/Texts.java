package io.lodestar.recognition;

import io.lodestar.platform.web.BusinessRuleException;

/** Free text typed by people: stripped, required, and at most so many characters (counted as people count them). */
final class Texts {

	private Texts() {
	}

	/**
	 * @param prefix message keys {@code prefix + "-required"} and {@code prefix + "-too-long"} (with the limit)
	 */
	static String required(String text, int max, String field, String prefix) {
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty()) {
			throw BusinessRuleException.invalid(prefix + "-required", field);
		}
		if (clean.codePointCount(0, clean.length()) > max) {
			throw BusinessRuleException.invalid(prefix + "-too-long", field, max);
		}
		return clean;
	}

}
