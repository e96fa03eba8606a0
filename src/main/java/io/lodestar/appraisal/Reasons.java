package io.lodestar.appraisal;

import io.lodestar.platform.web.BusinessRuleException;

/** Reasons and comments people must give: present, plain, not too long. */
final class Reasons {

	static final int MAX = 2000;

	private Reasons() {
	}

	static String required(String text, String field) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty()) {
			throw BusinessRuleException.invalid("appraisal.reason.required", field);
		}
		return optional(stripped, field);
	}

	static String optional(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > MAX) {
			throw BusinessRuleException.invalid("appraisal.reason.too-long", field, MAX);
		}
		return stripped;
	}

}
