package io.lodestar.okr.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import io.lodestar.platform.web.DisplayNumbers;

/** Numbers of key results for reading ("800 ms", "1,250 人") and for typing into a form again. */
@Component
class OkrWording {

	/** A value with its unit, grouped for reading; "—" when there is none. */
	public String value(BigDecimal value, String unit) {
		if (value == null) {
			return "—";
		}
		String number = DisplayNumbers.of(value);
		return unit == null || unit.isBlank() ? number : number + " " + unit;
	}

	/** A number as an input's value: no grouping, no trailing zeros; empty when null. */
	public String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	/** A change in percentage points with its sign: "+12", "−3", "±0". */
	public String points(BigDecimal change) {
		if (change == null) {
			return "—";
		}
		int sign = change.signum();
		String number = change.abs().stripTrailingZeros().toPlainString();
		return (sign > 0 ? "+" : sign < 0 ? "−" : "±") + number;
	}

	/** A score as "0.7". */
	public String score(BigDecimal score) {
		return score == null ? "—" : score.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
