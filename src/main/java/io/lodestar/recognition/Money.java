package io.lodestar.recognition;

import java.math.BigDecimal;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * Amounts of award money and budgets: exact decimals with at most two places (cents, 分), never negative and
 * small enough for the {@code numeric(14,2)} columns. Pure rules, so they are tested without Spring.
 */
final class Money {

	/** The company module has no currency yet: every company pays in renminbi. */
	static final String CURRENCY = "CNY";

	static final BigDecimal MAX = new BigDecimal("999999999999.99");

	private Money() {
	}

	/** The amount with scale 2, or a clear error naming the field. */
	static BigDecimal check(BigDecimal amount, String field) {
		if (amount == null) {
			throw BusinessRuleException.invalid("recognition.amount.required", field);
		}
		if (amount.signum() < 0) {
			throw BusinessRuleException.invalid("recognition.amount.negative", field);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw BusinessRuleException.invalid("recognition.amount.cents", field);
		}
		if (amount.compareTo(MAX) > 0) {
			throw BusinessRuleException.invalid("recognition.amount.too-large", field);
		}
		return amount.setScale(2);
	}

	/** What is left of a budget. */
	static BigDecimal remaining(BigDecimal allocated, BigDecimal used) {
		return allocated.subtract(used);
	}

	/** Whether a bonus fits what is left: exactly the remainder does, a cent more does not. */
	static boolean fits(BigDecimal amount, BigDecimal allocated, BigDecimal used) {
		return used.add(amount).compareTo(allocated) <= 0;
	}

}
