package io.lodestar.attendance.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.lodestar.platform.web.BusinessRuleException;

/** A month given as {@code yyyy-MM} in a path or query; absent means the fallback. */
final class Months {

	private Months() {
	}

	static YearMonth parse(String text, YearMonth fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException invalid) {
			throw BusinessRuleException.invalid("attendance.month.invalid", "month");
		}
	}

}
