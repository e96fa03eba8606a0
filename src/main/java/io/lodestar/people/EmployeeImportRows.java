package io.lodestar.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.lodestar.platform.spreadsheet.ImportProgress;
import io.lodestar.platform.spreadsheet.Table;

/**
 * The cell-level checks of an employee file: required cells, formats, lengths and duplicates within the
 * file. A row that passes becomes an {@link EmployeeRow}; the references and state rules are checked by
 * {@link EmployeeImporter} against the file and the database together.
 */
final class EmployeeImportRows {

	enum Action {

		CREATE, UPDATE, UNCHANGED

	}

	/** One valid row: the values as written, then (filled in by the importer) as the employee will be. */
	static final class EmployeeRow {

		int number;

		String employeeNo;

		String name;

		String email;

		String phone;

		LocalDate hireDate;

		String unitCode;

		String positionCode;

		String managerNo;

		EmployeeStatus status;

		LocalDate lastDay;

		Table.Row line;

		Employee existing;

		UUID unitId;

		UUID positionId;

		EmployeeStatus finalStatus;

		boolean detailsChanged;

		boolean placementChanged;

		boolean rejoin;

		boolean leave;

		Action action;

		/** False when a cell is wrong; the row's references are still checked so every problem is reported. */
		boolean valid;

		EmployeeDetails details() {
			return new EmployeeDetails(employeeNo, name, email, phone, hireDate);
		}

	}

	/** Every row except repeated numbers, and the row of every number in the file. */
	record Parsed(List<EmployeeRow> rows, Map<String, Integer> numbers) {
	}

	private EmployeeImportRows() {
	}

	static Parsed parse(Table table, ImportCells cells, LocalDate today, ImportProgress progress) {
		List<EmployeeRow> rows = new ArrayList<>();
		Map<String, Integer> numbers = new HashMap<>();
		Map<String, Integer> emails = new HashMap<>();
		int checked = 0;
		for (Table.Row line : table.rows()) {
			EmployeeRow row = parse(line, cells, today, numbers, emails);
			if (row != null) {
				rows.add(row);
			}
			progress.rows(++checked);
		}
		return new Parsed(rows, numbers);
	}

	private static EmployeeRow parse(Table.Row line, ImportCells cells, LocalDate today, Map<String, Integer> numbers,
			Map<String, Integer> emails) {
		int before = cells.issueCount();
		EmployeeRow row = new EmployeeRow();
		row.line = line;
		row.number = line.number();
		row.employeeNo = cells.required(line, "employee-no", 40);
		if (row.employeeNo != null) {
			if (!ImportValues.validCode(row.employeeNo)) {
				cells.issue(line, "employee-no", "people-import.cell.number-pattern");
			}
			else if (numbers.containsKey(row.employeeNo)) {
				cells.issue(line, "employee-no", "people-import.cell.duplicate", numbers.get(row.employeeNo));
				return null;
			}
			numbers.putIfAbsent(row.employeeNo, line.number());
		}
		row.name = cells.required(line, "name", 100);
		row.email = cells.optional(line, "email", 254);
		if (row.email != null) {
			row.email = row.email.toLowerCase(Locale.ROOT);
			if (!ImportValues.EMAIL.matcher(row.email).matches()) {
				cells.issue(line, "email", "people-import.cell.email");
				row.email = null;
			}
			else if (emails.containsKey(row.email)) {
				cells.issue(line, "email", "people-import.cell.duplicate", emails.get(row.email));
			}
			else {
				emails.put(row.email, line.number());
			}
		}
		row.phone = cells.optional(line, "phone", 40);
		if (row.phone != null && !ImportValues.PHONE.matcher(row.phone).matches()) {
			cells.issue(line, "phone", "people-import.cell.phone");
		}
		row.hireDate = cells.date(line, "hire-date");
		if (row.hireDate != null
				&& (row.hireDate.isBefore(PlacementRules.EARLIEST_DATE) || row.hireDate.isAfter(today.plusYears(1)))) {
			cells.issue(line, "hire-date", "people-import.cell.hire-date-range");
		}
		row.unitCode = cells.required(line, "org-unit-code", 40);
		row.positionCode = cells.optional(line, "position-code", 40);
		row.managerNo = cells.optional(line, "manager-no", 40);
		String status = cells.optional(line, "status");
		if (status != null) {
			row.status = ImportValues.status(status).orElse(null);
			if (row.status == null) {
				cells.issue(line, "status", "people-import.cell.status");
			}
		}
		row.lastDay = cells.date(line, "last-day");
		row.valid = cells.issueCount() == before;
		return row;
	}

}
