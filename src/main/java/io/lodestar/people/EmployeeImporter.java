package io.lodestar.people;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.EmployeeImportRows.Action;
import io.lodestar.people.EmployeeImportRows.EmployeeRow;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.HeaderMatcher;
import io.lodestar.platform.spreadsheet.ImportCheck;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.ImportProgress;
import io.lodestar.platform.spreadsheet.ImportRejectedException;
import io.lodestar.platform.spreadsheet.SpreadsheetImporter;
import io.lodestar.platform.spreadsheet.Table;
import io.lodestar.platform.web.Messages;

/**
 * Imports employees, matched on their employee number. New numbers are hired; changed details are corrected;
 * a changed unit, position or manager is a move effective today; status LEFT is a departure on the last day,
 * ACTIVE for someone who left a rejoin. A column missing from the file leaves that field as it is; a blank
 * cell in a present column clears it. References resolve against the file and the company's data together
 * (a manager may be a new row further down), and the reporting lines must not form a cycle.
 */
@Component
class EmployeeImporter implements SpreadsheetImporter {

	private final OrgUnitRepository units;

	private final PositionRepository positions;

	private final EmployeeRepository employees;

	private final EmployeeManagement management;

	private final AssignmentHistory history;

	private final CompanyManagement companies;

	private final JdbcClient jdbc;

	private final Messages messages;

	EmployeeImporter(OrgUnitRepository units, PositionRepository positions, EmployeeRepository employees,
			EmployeeManagement management, AssignmentHistory history, CompanyManagement companies, JdbcClient jdbc,
			Messages messages) {
		this.units = units;
		this.positions = positions;
		this.employees = employees;
		this.management = management;
		this.history = history;
		this.companies = companies;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return ImportColumns.EMPLOYEES;
	}

	@Override
	public String messagePrefix() {
		return ImportColumns.PREFIX;
	}

	@Override
	public boolean mayImport(CurrentUser user) {
		return EmployeeVisibility.canAdminister(user);
	}

	@Override
	public ImportCheck check(CurrentUser user, Table table, ImportProgress progress) {
		return plan(user.tenant(), table, progress).check();
	}

	@Override
	public ImportCheck apply(CurrentUser user, Table table, ImportProgress progress) {
		UUID tenant = user.tenant();
		Plan plan = plan(tenant, table, ImportProgress.none());
		if (!plan.issues.isEmpty()) {
			throw new ImportRejectedException(plan.issues);
		}
		LocalDate today = plan.today;
		Map<String, UUID> ids = new HashMap<>();
		plan.byNo.forEach((number, employee) -> ids.put(number, employee.id()));
		for (EmployeeRow row : plan.rows.values()) {
			if (row.rejoin) {
				management.rejoin(user, row.existing.id(), today);
			}
		}
		int done = 0;
		for (EmployeeRow row : managersFirst(plan)) {
			UUID managerId = row.managerNo == null ? null : ids.get(row.managerNo);
			Placement target = new Placement(row.unitId, row.positionId, managerId);
			if (row.existing == null) {
				EmployeeView hired = management.hire(user, new NewEmployee(row.employeeNo, row.name, row.email,
						row.phone, row.hireDate, row.unitId, row.positionId, managerId));
				ids.put(row.employeeNo, hired.id());
			}
			else {
				UUID id = row.existing.id();
				if (row.detailsChanged) {
					management.correct(user, id, new EmployeeCorrection(row.employeeNo, row.name, row.email,
							row.phone, row.hireDate, null));
				}
				Employee current = employees.findByTenantIdAndId(tenant, id).orElseThrow();
				if (current.isActive() && !current.placement().equals(target)) {
					management.move(user, id, new Move(row.unitId, row.positionId, managerId, today, null));
				}
			}
			progress.rows(++done);
		}
		for (EmployeeRow row : plan.rows.values()) {
			if (row.leave) {
				management.leave(user, ids.get(row.employeeNo), new Departure(row.lastDay, null));
			}
		}
		return plan.check();
	}

	/** Everything known about the file and the company's employees, and every problem found. */
	static final class Plan {

		final List<ImportIssue> issues = new ArrayList<>();

		Map<String, EmployeeRow> rows = Map.of();

		final Map<String, Employee> byNo = new HashMap<>();

		/** Each employee's manager number as it will be: the database, overridden by the file. */
		final Map<String, String> managers = new HashMap<>();

		/** Each employee's status as it will be. */
		final Map<String, EmployeeStatus> statuses = new HashMap<>();

		LocalDate today;

		ImportCheck check() {
			if (!issues.isEmpty()) {
				return ImportCheck.invalid(issues);
			}
			int created = count(Action.CREATE);
			int updated = count(Action.UPDATE);
			return new ImportCheck(List.of(), created, updated, rows.size() - created - updated);
		}

		private int count(Action action) {
			return (int) rows.values().stream().filter(row -> row.action == action).count();
		}

	}

	private Plan plan(UUID tenant, Table table, ImportProgress progress) {
		Plan plan = new Plan();
		HeaderMatcher.Columns columns = HeaderMatcher.match(table, ImportColumns.specs(kind(), messages),
				ImportColumns.PREFIX);
		if (!columns.issues().isEmpty()) {
			plan.issues.addAll(columns.issues());
			return plan;
		}
		plan.today = companies.today(tenant);
		ImportCells cells = new ImportCells(columns, plan.issues);
		EmployeeImportRows.Parsed parsed = EmployeeImportRows.parse(table, cells, plan.today, progress);
		Map<UUID, Employee> byId = new HashMap<>();
		Map<String, Employee> byEmail = new HashMap<>();
		for (Employee employee : employees.findByTenantId(tenant)) {
			plan.byNo.put(employee.employeeNo(), employee);
			byId.put(employee.id(), employee);
			if (employee.email() != null) {
				byEmail.put(employee.email(), employee);
			}
		}
		for (Employee employee : byId.values()) {
			Employee manager = employee.managerId() == null ? null : byId.get(employee.managerId());
			plan.managers.put(employee.employeeNo(), manager == null ? null : manager.employeeNo());
			plan.statuses.put(employee.employeeNo(), employee.status());
		}
		Map<String, UUID> unitIds = new HashMap<>();
		units.findByTenantId(tenant).forEach(unit -> unitIds.put(unit.code(), unit.id()));
		Map<String, UUID> positionIds = new HashMap<>();
		positions.findByTenantIdOrderByName(tenant).forEach(position -> positionIds.put(position.code(), position.id()));
		Map<String, EmployeeRow> valid = new java.util.LinkedHashMap<>();
		for (EmployeeRow row : parsed.rows()) {
			int before = cells.issueCount();
			resolve(row, cells, plan, byId, byEmail, unitIds, positionIds, parsed.numbers());
			if (row.valid && cells.issueCount() == before) {
				valid.put(row.employeeNo, row);
				plan.managers.put(row.employeeNo, row.managerNo);
				plan.statuses.put(row.employeeNo, row.finalStatus);
			}
		}
		plan.rows = valid;
		Map<String, LocalDate> leftOn = leftOn(tenant);
		for (EmployeeRow row : valid.values()) {
			new EmployeeImportRules(row, cells, plan, leftOn, history, tenant).check();
		}
		if (plan.issues.isEmpty()) {
			valid.values().forEach(row -> row.action = row.existing == null ? Action.CREATE
					: row.detailsChanged || row.placementChanged || row.rejoin || row.leave ? Action.UPDATE
							: Action.UNCHANGED);
		}
		return plan;
	}

	/** Looks up units, positions, manager and e-mail owner; fills in what the employee will look like. */
	private static void resolve(EmployeeRow row, ImportCells cells, Plan plan, Map<UUID, Employee> byId,
			Map<String, Employee> byEmail, Map<String, UUID> unitIds, Map<String, UUID> positionIds,
			Map<String, Integer> fileNumbers) {
		Employee existing = row.employeeNo == null ? null : plan.byNo.get(row.employeeNo);
		row.existing = existing;
		Placement current = existing == null ? null : existing.placement();
		EmployeeDetails details = existing == null ? null : existing.details();
		row.unitId = row.unitCode == null ? null : unitIds.get(row.unitCode);
		if (row.unitId == null && row.unitCode != null) {
			cells.issue(row.line, "org-unit-code", "people-import.ref.org-unit-unknown", row.unitCode);
		}
		if (!cells.has("position-code")) {
			row.positionId = current == null ? null : current.positionId();
		}
		else if (row.positionCode != null) {
			row.positionId = positionIds.get(row.positionCode);
			if (row.positionId == null) {
				cells.issue(row.line, "position-code", "people-import.ref.position-unknown", row.positionCode);
			}
		}
		if (!cells.has("manager-no")) {
			Employee manager = current == null || current.managerId() == null ? null : byId.get(current.managerId());
			row.managerNo = manager == null ? null : manager.employeeNo();
		}
		else if (row.managerNo != null) {
			if (row.managerNo.equals(row.employeeNo)) {
				cells.issue(row.line, "manager-no", "people-import.ref.manager-self");
			}
			else if (!fileNumbers.containsKey(row.managerNo) && !plan.byNo.containsKey(row.managerNo)) {
				cells.issue(row.line, "manager-no", "people-import.ref.manager-unknown", row.managerNo);
			}
		}
		if (details != null) {
			row.email = cells.has("email") ? row.email : details.email();
			row.phone = cells.has("phone") ? row.phone : details.phone();
			row.hireDate = cells.has("hire-date") ? row.hireDate : details.hireDate();
		}
		if (row.email != null && (cells.has("email") || existing == null)) {
			Employee owner = byEmail.get(row.email);
			if (owner != null && !owner.employeeNo().equals(row.employeeNo)) {
				cells.issue(row.line, "email", "people-import.ref.email-taken", row.email, owner.name(),
						owner.employeeNo());
			}
		}
		row.finalStatus = row.status != null ? row.status
				: existing != null ? existing.status() : EmployeeStatus.ACTIVE;
		if (existing != null) {
			Employee manager = current.managerId() == null ? null : byId.get(current.managerId());
			String currentManagerNo = manager == null ? null : manager.employeeNo();
			row.detailsChanged = !details.equals(row.details());
			row.placementChanged = !Objects.equals(current.orgUnitId(), row.unitId)
					|| !Objects.equals(current.positionId(), row.positionId)
					|| !Objects.equals(currentManagerNo, row.managerNo);
			row.rejoin = !existing.isActive() && row.finalStatus == EmployeeStatus.ACTIVE;
			row.leave = existing.isActive() && row.finalStatus == EmployeeStatus.LEFT;
		}
		else {
			row.placementChanged = true;
			row.leave = row.finalStatus == EmployeeStatus.LEFT;
		}
	}

	/** Last working days of the employees who have left (the aggregate does not expose them). */
	private Map<String, LocalDate> leftOn(UUID tenant) {
		Map<String, LocalDate> days = new HashMap<>();
		jdbc.sql("select employee_no, left_on from people_employee where tenant_id = :tenant and status = 'LEFT'")
			.param("tenant", tenant)
			.query((row, number) -> {
				java.sql.Date day = row.getDate("left_on");
				days.put(row.getString("employee_no"), day == null ? null : day.toLocalDate());
				return null;
			})
			.list();
		return days;
	}

	/** Changed rows ordered so that every manager is hired or placed before the people who report to them. */
	private static List<EmployeeRow> managersFirst(Plan plan) {
		List<EmployeeRow> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		for (EmployeeRow row : plan.rows.values()) {
			Deque<EmployeeRow> pending = new ArrayDeque<>();
			for (EmployeeRow cursor = row; cursor != null && placed.add(cursor.employeeNo);
					cursor = cursor.managerNo == null ? null : plan.rows.get(cursor.managerNo)) {
				pending.push(cursor);
			}
			ordered.addAll(pending);
		}
		return ordered.stream().filter(row -> row.action != Action.UNCHANGED).toList();
	}

}
