package io.lodestar.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

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
 * Imports org units, matched on their code. An empty parent code puts a unit directly under the company
 * (the root unit, whose own row must have no parent). Heads are looked up by employee number among the
 * company's employees, so import units, then employees, then units again if heads are to be set.
 * Changes go through {@link OrgUnitManagement}, which keeps its own rules and writes the audit trail.
 */
@Component
class OrgUnitImporter implements SpreadsheetImporter {

	private final OrgUnitRepository units;

	private final EmployeeRepository employees;

	private final OrgUnitManagement management;

	private final Messages messages;

	OrgUnitImporter(OrgUnitRepository units, EmployeeRepository employees, OrgUnitManagement management,
			Messages messages) {
		this.units = units;
		this.employees = employees;
		this.management = management;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return ImportColumns.ORG_UNITS;
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
		Plan plan = plan(user.tenant(), table, ImportProgress.none());
		if (!plan.issues.isEmpty()) {
			throw new ImportRejectedException(plan.issues);
		}
		Map<String, UUID> ids = new HashMap<>();
		units.findByTenantId(user.tenant()).forEach(unit -> ids.put(unit.code(), unit.id()));
		int done = 0;
		for (UnitRow row : parentsFirst(plan)) {
			OrgUnit existing = plan.existing.get(row.code);
			UUID parentId = row.parentCode == null ? null : ids.get(row.parentCode);
			if (existing == null) {
				ids.put(row.code, management.createUnit(user, new OrgUnitRequest(parentId, row.code, row.name,
						row.kind == null ? OrgUnitKind.DEPARTMENT : row.kind, row.headId, row.number)));
			}
			else if (row.action == Action.UPDATE) {
				management.updateUnit(user, existing.id(), new OrgUnitRequest(parentId, row.code, row.name,
						row.kind == null ? existing.kind() : row.kind,
						row.headGiven ? row.headId : existing.headEmployeeId(), null), null);
			}
			progress.rows(++done);
		}
		return plan.check();
	}

	enum Action {

		CREATE, UPDATE, UNCHANGED

	}

	/** A row as the unit will be: {@code parentCode} null only for the company's root unit. */
	static final class UnitRow {

		int number;

		String code;

		String name;

		String parentCode;

		OrgUnitKind kind;

		boolean headGiven;

		UUID headId;

		Action action;

		/** False when a cell is wrong; its parent is still checked so every problem is reported. */
		boolean valid;

	}

	static final class Plan {

		final List<ImportIssue> issues = new ArrayList<>();

		final Map<String, UnitRow> rows = new LinkedHashMap<>();

		final Map<String, OrgUnit> existing = new HashMap<>();

		/** Codes in the file, including those of invalid rows (their children are not reported again). */
		final Map<String, Integer> fileCodes = new HashMap<>();

		/** Every unit's parent code as it will be: the database, overridden by the file. */
		final Map<String, String> parents = new HashMap<>();

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
		Map<UUID, String> codes = new HashMap<>();
		OrgUnit root = null;
		for (OrgUnit unit : units.findByTenantId(tenant)) {
			plan.existing.put(unit.code(), unit);
			codes.put(unit.id(), unit.code());
			root = unit.parentId() == null ? unit : root;
		}
		for (OrgUnit unit : plan.existing.values()) {
			plan.parents.put(unit.code(), unit.parentId() == null ? null : codes.get(unit.parentId()));
		}
		Map<String, Employee> people = new HashMap<>();
		employees.findByTenantId(tenant).forEach(employee -> people.put(employee.employeeNo(), employee));
		ImportCells cells = new ImportCells(columns, plan.issues);
		int checked = 0;
		List<UnitRow> all = new ArrayList<>();
		for (Table.Row line : table.rows()) {
			String code = cells.optional(line, "code");
			if (code != null && plan.fileCodes.containsKey(code)) {
				cells.issue(line, "code", "people-import.cell.duplicate", plan.fileCodes.get(code));
				progress.rows(++checked);
				continue;
			}
			if (code != null) {
				plan.fileCodes.put(code, line.number());
			}
			UnitRow row = parse(line, cells, plan, root, people);
			if (row != null) {
				all.add(row);
				if (row.valid) {
					plan.rows.put(row.code, row);
					plan.parents.put(row.code, row.parentCode);
				}
			}
			progress.rows(++checked);
		}
		for (UnitRow row : all) {
			checkParent(row, columns, plan);
		}
		if (plan.issues.isEmpty()) {
			plan.rows.values().forEach(row -> row.action = action(row, plan, codes));
		}
		return plan;
	}

	/** The row's values, with {@code valid} false if a cell is wrong; null only without a usable code. */
	private UnitRow parse(Table.Row line, ImportCells cells, Plan plan, OrgUnit root, Map<String, Employee> people) {
		int issuesBefore = cells.issueCount();
		String code = cells.required(line, "code", 40);
		if (code != null && !ImportValues.validCode(code)) {
			cells.issue(line, "code", "people-import.cell.code-pattern");
		}
		String name = cells.required(line, "name", 200);
		String parentText = cells.optional(line, "parent-code", 40);
		String kindText = cells.optional(line, "kind");
		OrgUnitKind kind = null;
		if (kindText != null) {
			kind = ImportValues.kind(kindText).orElse(null);
			if (kind == null) {
				cells.issue(line, "kind", "people-import.cell.kind");
			}
		}
		UUID headId = null;
		String headNo = cells.optional(line, "head-no");
		OrgUnit existing = code == null ? null : plan.existing.get(code);
		if (headNo != null) {
			Employee head = people.get(headNo);
			if (head == null) {
				cells.issue(line, "head-no", "people-import.ref.head-unknown", headNo);
			}
			else if (!head.isActive() && (existing == null || !head.id().equals(existing.headEmployeeId()))) {
				cells.issue(line, "head-no", "people-import.ref.head-left", head.name());
			}
			else {
				headId = head.id();
			}
		}
		boolean isRoot = root != null && root.code().equals(code);
		if (isRoot && parentText != null) {
			cells.issue(line, "parent-code", "people-import.ref.root-parent");
		}
		if (code == null) {
			return null;
		}
		UnitRow row = new UnitRow();
		row.number = line.number();
		row.code = code;
		row.name = name;
		row.kind = kind;
		row.headGiven = cells.has("head-no");
		row.headId = headId;
		row.parentCode = isRoot ? null : parentText != null ? parentText : root == null ? null : root.code();
		row.valid = cells.issueCount() == issuesBefore;
		return row;
	}

	/** The parent exists (in the file or the company) and the tree stays a tree. */
	private void checkParent(UnitRow row, HeaderMatcher.Columns columns, Plan plan) {
		if (row.parentCode == null) {
			return;
		}
		String column = columns.has("parent-code") ? columns.header("parent-code") : columns.header("code");
		if (row.parentCode.equals(row.code)) {
			plan.issues.add(ImportIssue.at(row.number, column, row.parentCode, "people-import.ref.parent-self"));
			return;
		}
		if (!plan.parents.containsKey(row.parentCode)) {
			if (plan.fileCodes.containsKey(row.parentCode)) {
				return; // the parent's own row is invalid and already reported
			}
			plan.issues.add(ImportIssue.at(row.number, column, row.parentCode, "people-import.ref.parent-unknown",
					row.parentCode));
			return;
		}
		if (!row.valid) {
			return; // its own link is not in the future tree, so it cannot close a circle
		}
		List<String> chain = new ArrayList<>(List.of(row.code));
		String cursor = row.parentCode;
		while (cursor != null && chain.size() <= plan.parents.size() + 1) {
			chain.add(cursor);
			if (cursor.equals(row.code)) {
				plan.issues.add(ImportIssue.at(row.number, column, row.parentCode, "people-import.ref.parent-cycle",
						String.join(" → ", chain)));
				return;
			}
			cursor = plan.parents.get(cursor);
		}
	}

	private static Action action(UnitRow row, Plan plan, Map<UUID, String> codes) {
		OrgUnit existing = plan.existing.get(row.code);
		if (existing == null) {
			return Action.CREATE;
		}
		String currentParent = existing.parentId() == null ? null : codes.get(existing.parentId());
		boolean same = existing.name().equals(row.name) && Objects.equals(currentParent, row.parentCode)
				&& (row.kind == null || row.kind == existing.kind())
				&& (!row.headGiven || Objects.equals(row.headId, existing.headEmployeeId()));
		return same ? Action.UNCHANGED : Action.UPDATE;
	}

	/** Changed rows ordered so that every parent is in place before its children are created or moved. */
	private static List<UnitRow> parentsFirst(Plan plan) {
		List<UnitRow> ordered = new ArrayList<>();
		java.util.Set<String> placed = new java.util.HashSet<>();
		for (UnitRow row : plan.rows.values()) {
			java.util.Deque<UnitRow> pending = new java.util.ArrayDeque<>();
			for (UnitRow cursor = row; cursor != null && !placed.contains(cursor.code);
					cursor = cursor.parentCode == null ? null : plan.rows.get(cursor.parentCode)) {
				pending.push(cursor);
				placed.add(cursor.code);
			}
			pending.forEach(ordered::add);
		}
		return ordered.stream().filter(row -> row.action != Action.UNCHANGED).toList();
	}

}
