package io.lodestar.kpi;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How typed text becomes KPI values and dates, accepting what people actually type: full-width digits,
 * thousands separators ("1,234.5"), a trailing percent sign ("4.5%" is 4.5, as KPIs store percentages as
 * numbers), dates as yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日, yyyyMMdd or an Excel date number.
 */
public final class KpiValues {

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern YMD = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	/** Excel stores dates as days since 1900; five digits cover 1927 to 2173. */
	private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");

	private KpiValues() {
	}

	/** The number, or empty for blank text or text that is not a number. */
	public static Optional<BigDecimal> number(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00A0', ' ').replace(" ", "").strip();
		if (value.endsWith("%")) {
			value = value.substring(0, value.length() - 1);
		}
		if (GROUPED.matcher(value).matches()) {
			value = value.replace(",", "");
		}
		if (!PLAIN.matcher(value).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(value));
	}

	/** The date, or empty for blank text or text that is not a date (2024-02-30 included). */
	public static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		try {
			Matcher ymd = YMD.matcher(value);
			if (ymd.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
						Integer.parseInt(ymd.group(3))));
			}
			Matcher compact = COMPACT.matcher(value);
			if (compact.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
						Integer.parseInt(compact.group(3))));
			}
			if (SERIAL.matcher(value).matches()) {
				return Optional.of(DateUtil.getLocalDateTime(Double.parseDouble(value)).toLocalDate());
			}
		}
		catch (DateTimeException | NumberFormatException impossible) {
			// not a real date
		}
		return Optional.empty();
	}

	/** Plain text of a number for display and keys: no exponent, no trailing zeros. */
	public static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
