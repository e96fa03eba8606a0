package io.lodestar.people;

import java.time.LocalDate;
import java.util.List;

import io.lodestar.platform.spreadsheet.HeaderMatcher;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.Table;

/**
 * Reads the cells of one file and records a problem for each bad one, naming the row, the column as it is
 * headed in the file, the value and the reason.
 */
final class ImportCells {

	private final HeaderMatcher.Columns columns;

	private final List<ImportIssue> issues;

	ImportCells(HeaderMatcher.Columns columns, List<ImportIssue> issues) {
		this.columns = columns;
		this.issues = issues;
	}

	boolean has(String key) {
		return columns.has(key);
	}

	String header(String key) {
		return columns.header(key);
	}

	/** The trimmed text, or null when blank or the column is absent. */
	String optional(Table.Row row, String key) {
		return ImportValues.blankToNull(columns.cell(row, key));
	}

	String optional(Table.Row row, String key, int maxLength) {
		String value = optional(row, key);
		if (value != null && value.length() > maxLength) {
			issue(row, key, "people-import.cell.too-long", maxLength);
			return null;
		}
		return value;
	}

	/** The trimmed text; null (with a problem recorded) when blank or too long. */
	String required(Table.Row row, String key, int maxLength) {
		String value = optional(row, key);
		if (value == null) {
			issue(row, key, "people-import.cell.required");
			return null;
		}
		return optional(row, key, maxLength);
	}

	/** The date, or null when blank or not a date (a problem is then recorded). */
	LocalDate date(Table.Row row, String key) {
		String value = optional(row, key);
		if (value == null) {
			return null;
		}
		LocalDate date = ImportValues.date(value).orElse(null);
		if (date == null) {
			issue(row, key, "people-import.cell.date");
		}
		return date;
	}

	void issue(Table.Row row, String key, String code, Object... arguments) {
		issues.add(ImportIssue.at(row.number(), columns.header(key), columns.cell(row, key), code, arguments));
	}

	int issueCount() {
		return issues.size();
	}

}
