package io.lodestar.platform.spreadsheet;

import java.util.List;

/**
 * The first sheet of an upload: the header row and the non-blank data rows below it. Row numbers are as the
 * user sees them in the file (the header is usually row 1), so error reports point at the right line.
 *
 * @param headers the header cells as written in the file (trimmed)
 * @param headerRow the row number of the header
 */
public record Table(List<String> headers, int headerRow, List<Row> rows) {

	public Table {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * One data row.
	 *
	 * @param number the row number in the file
	 * @param cells the cell texts, trimmed, formula-escape prefix removed; may be shorter than the header
	 */
	public record Row(int number, List<String> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		/** The text of a cell; empty for a cell beyond the end of the row. */
		public String cell(int index) {
			return index >= 0 && index < cells.size() ? cells.get(index) : "";
		}

	}

}
