package io.lodestar.platform.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.lodestar.platform.spreadsheet.SpreadsheetException.Reason;

/**
 * Reads an upload into a {@link Table}. The file's name says what it claims to be (.csv/.txt/.tsv or
 * .xlsx); its first bytes must agree, so a renamed binary, an old .xls or a broken workbook is refused with
 * a reason the user can act on instead of being parsed into garbage.
 */
public final class SpreadsheetReader {

	public enum FileType {

		CSV, XLSX

	}

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] CONTENT_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);

	private SpreadsheetReader() {
	}

	/**
	 * @param maxRows the most data rows accepted (the header does not count)
	 * @throws SpreadsheetException if the file is empty, not what its name claims, damaged or too long
	 */
	public static Table read(String fileName, byte[] content, int maxRows) {
		return sniff(fileName, content) == FileType.XLSX ? XlsxReader.read(content, maxRows)
				: CsvReader.read(content, maxRows);
	}

	/** Checks name and magic bytes only (cheap, so it can run while the upload request waits). */
	public static FileType sniff(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new SpreadsheetException(Reason.EMPTY);
		}
		if (startsWith(content, OLE2)) {
			// the binary Office format: .xls (or a .xls renamed to .xlsx/.csv)
			throw new SpreadsheetException(Reason.XLS);
		}
		String extension = extension(fileName);
		boolean zip = startsWith(content, ZIP);
		switch (extension) {
			case "xlsx", "xlsm" -> {
				if (!zip || indexOf(content, CONTENT_TYPES) < 0) {
					throw new SpreadsheetException(Reason.NOT_XLSX);
				}
				return FileType.XLSX;
			}
			case "xls" -> throw new SpreadsheetException(Reason.XLS);
			case "csv", "txt", "tsv" -> {
				if (zip || startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII)) || hasNulBytes(content)) {
					throw new SpreadsheetException(Reason.NOT_TEXT);
				}
				return FileType.CSV;
			}
			default -> throw new SpreadsheetException(Reason.UNSUPPORTED_TYPE);
		}
	}

	/** Binaries are full of NUL bytes; text has none, except UTF-16 (which starts with a byte order mark). */
	private static boolean hasNulBytes(byte[] content) {
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xFE })
				|| startsWith(content, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
			return false;
		}
		for (int i = 0; i < Math.min(content.length, 65536); i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

	static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
	}

	/** Trims (also no-break spaces) and removes the apostrophe an export put before formula characters. */
	static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		return FormulaEscaping.unescape(raw.replace('\u00A0', ' ').strip()).strip();
	}

	/**
	 * Turns raw rows (row number, cells) into a table: the first non-blank row is the header, blank rows are
	 * skipped, trailing blank header cells are dropped.
	 */
	static final class Builder {

		private final int maxRows;

		private List<String> headers;

		private int headerRow;

		private final List<Table.Row> rows = new ArrayList<>();

		Builder(int maxRows) {
			this.maxRows = maxRows;
		}

		void add(int number, List<String> rawCells) {
			List<String> cells = new ArrayList<>(rawCells.size());
			boolean blank = true;
			for (String raw : rawCells) {
				String cell = clean(raw);
				blank &= cell.isEmpty();
				cells.add(cell);
			}
			if (blank) {
				return;
			}
			if (headers == null) {
				int last = cells.size();
				while (last > 0 && cells.get(last - 1).isEmpty()) {
					last--;
				}
				headers = cells.subList(0, last);
				headerRow = number;
				return;
			}
			if (rows.size() >= maxRows) {
				throw new SpreadsheetException(Reason.TOO_MANY_ROWS, maxRows);
			}
			rows.add(new Table.Row(number, cells));
		}

		Table build() {
			if (headers == null) {
				throw new SpreadsheetException(Reason.EMPTY);
			}
			if (rows.isEmpty()) {
				throw new SpreadsheetException(Reason.NO_DATA);
			}
			return new Table(headers, headerRow, rows);
		}

	}

	static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] content, byte[] needle) {
		outer: for (int i = 0; i <= content.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
