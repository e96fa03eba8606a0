package io.lodestar.platform.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8 with a byte order mark (without it, Excel on a Chinese Windows would read the
 * file as GBK and garble every Chinese character). Text is escaped against formula injection; numbers given as
 * numbers are written as they are (a negative amount is not a formula).
 */
public final class CsvWriter {

	private static final String BOM = "\uFEFF";

	private CsvWriter() {
	}

	public static byte[] write(List<String> headers, List<? extends List<?>> rows) {
		StringBuilder out = new StringBuilder(BOM);
		line(out, headers);
		rows.forEach(row -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			Object value = cells.get(i);
			if (value instanceof java.math.BigDecimal number) {
				// a number is never run as a formula: "-200.00" stays a number payroll can read
				out.append(number.toPlainString());
			}
			else if (value instanceof Number number) {
				out.append(number);
			}
			else if (value != null) {
				out.append(quote(FormulaEscaping.escape(value.toString())));
			}
		}
		out.append("\r\n");
	}

	static String quote(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
				&& text.indexOf(';') < 0 && text.indexOf('\t') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
