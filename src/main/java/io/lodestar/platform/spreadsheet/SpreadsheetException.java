package io.lodestar.platform.spreadsheet;

import java.util.Locale;

/**
 * An uploaded file that cannot be read as a table. The {@link Reason} names what is wrong; the module that
 * runs the import turns it into a message in the user's language ({@code <prefix>.file.<reason key>}).
 */
public class SpreadsheetException extends RuntimeException {

	public enum Reason {

		/** Nothing in the file (zero bytes, or only blank lines). */
		EMPTY,
		/** A header row but no data rows. */
		NO_DATA,
		/** An old binary Excel workbook (.xls): the user should save it as .xlsx. */
		XLS,
		/** Named .xlsx but not an Office Open XML workbook. */
		NOT_XLSX,
		/** Named as a text file but the content is binary (or a workbook). */
		NOT_TEXT,
		/** A file type we do not read at all (.pdf, .docx, ...). */
		UNSUPPORTED_TYPE,
		/** More data rows than the configured limit; argument: the limit. */
		TOO_MANY_ROWS,
		/** A quoted CSV cell that never ends; argument: the row where it starts. */
		MALFORMED,
		/** The workbook is damaged, encrypted or expands to an unreasonable size. */
		UNREADABLE;

		/** {@code TOO_MANY_ROWS} becomes {@code too-many-rows}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Reason reason;

	private final transient Object[] arguments;

	public SpreadsheetException(Reason reason, Object... arguments) {
		this(reason, null, arguments);
	}

	public SpreadsheetException(Reason reason, Throwable cause, Object... arguments) {
		super(reason.name(), cause);
		this.reason = reason;
		this.arguments = arguments;
	}

	public Reason reason() {
		return reason;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
