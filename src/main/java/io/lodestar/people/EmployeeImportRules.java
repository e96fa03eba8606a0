package io.lodestar.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.lodestar.people.EmployeeImportRows.EmployeeRow;

/**
 * The rules one employee row must meet once every row is known: the manager is active when the placement
 * is written and stays active for an active employee, the reporting lines (file and database together) do
 * not go round in a circle, the last working day fits the status, and a move can take effect today. They
 * mirror what {@link EmployeeManagement} enforces, so a file that passes here imports without surprises.
 */
final class EmployeeImportRules {

	private final EmployeeRow row;

	private final ImportCells cells;

	private final EmployeeImporter.Plan plan;

	private final Map<String, LocalDate> leftOn;

	private final AssignmentHistory history;

	private final UUID tenant;

	EmployeeImportRules(EmployeeRow row, ImportCells cells, EmployeeImporter.Plan plan, Map<String, LocalDate> leftOn,
			AssignmentHistory history, UUID tenant) {
		this.row = row;
		this.cells = cells;
		this.plan = plan;
		this.leftOn = leftOn;
		this.history = history;
		this.tenant = tenant;
	}

	void check() {
		manager();
		cycle();
		lastDay();
		placement();
	}

	private void manager() {
		// a rejoin may drop a manager who has left meanwhile, so the manager is written again then too
		if (row.managerNo == null || !(row.placementChanged || row.rejoin)) {
			return;
		}
		Employee existing = plan.byNo.get(row.managerNo);
		EmployeeStatus finalStatus = plan.statuses.get(row.managerNo);
		boolean inFile = plan.rows.containsKey(row.managerNo);
		if (!inFile && existing == null) {
			return; // the manager's own row is invalid and reported there
		}
		boolean activeWhenPlaced = inFile
				? existing == null || existing.isActive() || finalStatus == EmployeeStatus.ACTIVE
				: existing != null && existing.isActive();
		boolean staysActive = finalStatus == EmployeeStatus.ACTIVE || row.finalStatus == EmployeeStatus.LEFT;
		if (!activeWhenPlaced || !staysActive) {
			String name = existing != null ? existing.name() : plan.rows.get(row.managerNo).name;
			cells.issue(row.line, managerColumn(), "people-import.ref.manager-left", name, row.managerNo);
		}
	}

	/** Follows the future reporting line upwards; coming back to this employee means a circle. */
	private void cycle() {
		if (row.managerNo == null) {
			return;
		}
		List<String> chain = new ArrayList<>(List.of(row.employeeNo));
		String cursor = row.managerNo;
		while (cursor != null && chain.size() <= plan.managers.size() + 1) {
			chain.add(cursor);
			if (cursor.equals(row.employeeNo)) {
				cells.issue(row.line, managerColumn(), "people-import.ref.manager-cycle", String.join(" → ", chain));
				return;
			}
			cursor = plan.managers.get(cursor);
		}
	}

	private void lastDay() {
		String column = cells.has("last-day") ? "last-day" : "status";
		if (row.finalStatus == EmployeeStatus.ACTIVE) {
			if (row.lastDay != null) {
				cells.issue(row.line, column, "people-import.employee.last-day-only-left");
			}
			return;
		}
		if (row.leave) {
			if (row.lastDay == null) {
				cells.issue(row.line, column, "people-import.employee.last-day-required");
			}
			else if (row.lastDay.isAfter(plan.today)) {
				cells.issue(row.line, column, "people-import.employee.last-day-future");
			}
			else if (row.hireDate != null && row.lastDay.isBefore(row.hireDate)) {
				cells.issue(row.line, column, "people-import.employee.last-day-before-hire", row.hireDate);
			}
		}
		else if (row.lastDay != null && !Objects.equals(row.lastDay, leftOn.get(row.employeeNo))) {
			cells.issue(row.line, column, "people-import.employee.last-day-changed", leftOn.get(row.employeeNo));
		}
	}

	/** Someone who has left keeps their last placement; a move takes effect today, not before it began. */
	private void placement() {
		if (row.existing == null || !row.placementChanged) {
			return;
		}
		if (!row.existing.isActive() && !row.rejoin) {
			cells.issue(row.line, "org-unit-code", "people-import.employee.left-placement");
			return;
		}
		if (row.existing.isActive()) {
			LocalDate since = history.openSince(tenant, row.existing.id()).orElse(PlacementRules.EARLIEST_DATE);
			if (since.isAfter(plan.today)) {
				cells.issue(row.line, "org-unit-code", "people-import.employee.placement-before-start", since);
			}
		}
	}

	private String managerColumn() {
		return cells.has("manager-no") ? "manager-no" : "employee-no";
	}

}
