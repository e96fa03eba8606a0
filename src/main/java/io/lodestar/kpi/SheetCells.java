package io.lodestar.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.lodestar.platform.spreadsheet.HeaderMatcher;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.Table;

/**
 * Reads the cells of one KPI spreadsheet and records a problem for each bad one, naming the row, the column
 * as it is headed in the file, the value and the reason ({@code kpi.import.cell.*}).
 */
final class SheetCells {

	private final HeaderMatcher.Columns columns;

	private final List<ImportIssue> issues;

	SheetCells(HeaderMatcher.Columns columns, List<ImportIssue> issues) {
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
	String text(Table.Row row, String key) {
		String value = columns.cell(row, key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	String text(Table.Row row, String key, int maxLength) {
		String value = text(row, key);
		if (value != null && value.length() > maxLength) {
			issue(row, key, "kpi.import.cell.too-long", maxLength);
			return null;
		}
		return value;
	}

	/** A number, or null when blank (or not a number: a problem is then recorded). */
	BigDecimal number(Table.Row row, String key) {
		String value = text(row, key);
		if (value == null) {
			return null;
		}
		BigDecimal number = KpiValues.number(value).orElse(null);
		if (number == null) {
			issue(row, key, "kpi.import.cell.number");
		}
		return number;
	}

	/** A date, or null when blank (or not a date: a problem is then recorded). */
	LocalDate date(Table.Row row, String key) {
		String value = text(row, key);
		if (value == null) {
			return null;
		}
		LocalDate date = KpiValues.date(value).orElse(null);
		if (date == null) {
			issue(row, key, "kpi.import.cell.date");
		}
		return date;
	}

	void required(Table.Row row, String key) {
		issue(row, key, "kpi.import.cell.required");
	}

	void issue(Table.Row row, String key, String code, Object... arguments) {
		issues.add(ImportIssue.at(row.number(), key == null ? null : columns.header(key),
				key == null ? null : text(row, key), code, arguments));
	}

	int issueCount() {
		return issues.size();
	}

}
