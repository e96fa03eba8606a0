package io.lodestar.platform.spreadsheet;

/**
 * Protects people who open an export in a spreadsheet program: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return could be run as a formula (CSV/formula injection), so it
 * is written with a leading apostrophe. The reader removes that apostrophe again, so an export can be
 * edited and imported back unchanged.
 */
public final class FormulaEscaping {

	private static final String TRIGGERS = "=+-@\t\r";

	private FormulaEscaping() {
	}

	public static boolean needsEscaping(String text) {
		return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
	}

	public static String escape(String text) {
		return needsEscaping(text) ? "'" + text : text;
	}

	/** Removes the apostrophe {@link #escape} added; other texts are returned as they are. */
	public static String unescape(String text) {
		if (text != null && text.length() >= 2 && text.charAt(0) == '\'' && TRIGGERS.indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

}
