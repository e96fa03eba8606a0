package io.lodestar.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.OwnerType;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.HeaderMatcher;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.ImportProperties;
import io.lodestar.platform.spreadsheet.SpreadsheetException;
import io.lodestar.platform.spreadsheet.SpreadsheetReader;
import io.lodestar.platform.spreadsheet.Table;
import io.lodestar.platform.spreadsheet.XlsxWriter;
import io.lodestar.platform.web.Messages;

/**
 * The grid of a bulk assignment and its Excel round trip: the employees a library KPI would go to, with the
 * definition's target and weight prefilled; the same grid as a workbook (employee number, name, unit,
 * target, weight, and an instructions sheet, headed in the reader's language); and a filled workbook read
 * back, checked cell by cell like an import and assigned all or nothing.
 */
@Service
public class AssignmentSheets {

	static final SheetColumns COLUMNS = new SheetColumns("kpi.assign.page.column.",
			"kpi.assign.page.column-hint.", List.of(
			SheetColumns.Column.required("employee-no", XlsxWriter.Format.TEXT, "employee number", "employee id",
					"staff no", "emp no", "员工编号", "员工工号", "职工号", "编号"),
			SheetColumns.Column.informational("name", "employee name", "full name", "员工姓名", "名字"),
			SheetColumns.Column.informational("org-unit", "unit", "department", "org unit name", "部门", "所属部门",
					"部门名称"),
			SheetColumns.Column.optional("target", XlsxWriter.Format.GENERAL, "target value", "目标", "目标值", "个人目标"),
			SheetColumns.Column.optional("weight", XlsxWriter.Format.GENERAL, "weight %", "权重%", "权重（%）", "占比")));

	private final KpiLibrary library;

	private final PeopleDirectory people;

	private final Messages messages;

	private final ImportProperties properties;

	private final GoalDirectory goals;

	private final JdbcClient jdbc;

	AssignmentSheets(KpiLibrary library, PeopleDirectory people, Messages messages, ImportProperties properties,
			GoalDirectory goals, JdbcClient jdbc) {
		this.library = library;
		this.people = people;
		this.messages = messages;
		this.properties = properties;
		this.goals = goals;
		this.jdbc = jdbc;
	}

	/** One employee of the grid with the target and weight they would get. */
	public record GridRow(UUID employeeId, String employeeNo, String name, String unitName, BigDecimal target,
			BigDecimal weight) {
	}

	/**
	 * The active employees of the unit (with its sub-units) and/or position whom the user may set goals for,
	 * with the definition's defaults, ordered by unit and employee number.
	 */
	@Transactional(readOnly = true)
	public List<GridRow> draft(CurrentUser user, UUID definitionId, UUID unitId, UUID positionId) {
		List<PersonTarget> targets = library.draft(user, definitionId, unitId, positionId);
		Map<UUID, GridRow> described = describe(user, people.activeEmployees(user.tenant(), unitId, positionId));
		return targets.stream()
			.map(target -> {
				GridRow row = described.get(target.employeeId());
				return new GridRow(row.employeeId(), row.employeeNo(), row.name(), row.unitName(), target.target(),
						target.weight());
			})
			.sorted(Comparator.comparing(GridRow::unitName, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(GridRow::employeeNo))
			.toList();
	}

	/** Employees who already have an active KPI from this definition in the period (assigning again duplicates it). */
	@Transactional(readOnly = true)
	public Set<UUID> alreadyAssigned(CurrentUser user, UUID definitionId, UUID periodId) {
		if (periodId == null) {
			return Set.of();
		}
		List<UUID> kpiIds = jdbc.sql("select goal_id from kpi where tenant_id = :tenant and definition_id = :definition")
			.param("tenant", user.tenant())
			.param("definition", definitionId)
			.query(UUID.class)
			.list();
		Set<UUID> owners = new HashSet<>();
		goals.refs(user.tenant(), kpiIds)
			.values()
			.stream()
			.filter(ref -> ref.ownerType() == OwnerType.EMPLOYEE && periodId.equals(ref.periodId())
					&& ref.status() != GoalStatus.ARCHIVED)
			.forEach(ref -> owners.add(ref.ownerId()));
		return owners;
	}

	/** Number, name and unit of the employees of a submitted grid (ids of others are absent). */
	@Transactional(readOnly = true)
	public Map<UUID, GridRow> describe(CurrentUser user, Collection<UUID> employeeIds) {
		List<EmployeeSummary> found = new ArrayList<>();
		for (UUID id : new HashSet<>(employeeIds)) {
			people.employee(user.tenant(), id).ifPresent(found::add);
		}
		return describe(user, found);
	}

	private Map<UUID, GridRow> describe(CurrentUser user, List<EmployeeSummary> employees) {
		Set<UUID> units = new HashSet<>();
		employees.forEach(employee -> units.add(employee.orgUnitId()));
		Map<UUID, String> unitNames = people.unitNames(user.tenant(), units);
		Map<UUID, GridRow> rows = new HashMap<>();
		employees.forEach(employee -> rows.put(employee.id(), new GridRow(employee.id(), employee.employeeNo(),
				employee.name(), unitNames.get(employee.orgUnitId()), null, null)));
		return rows;
	}

	/** The grid as a workbook to fill in: one row per employee, then an instructions sheet. */
	@Transactional(readOnly = true)
	public byte[] workbook(CurrentUser user, UUID definitionId, UUID unitId, UUID positionId, Locale locale) {
		KpiDefinitionView definition = library.get(user, definitionId);
		List<GridRow> rows = unitId == null && positionId == null ? List.of()
				: draft(user, definitionId, unitId, positionId);
		try (XlsxWriter writer = new XlsxWriter()) {
			XlsxWriter.SheetWriter sheet = writer.sheet(definition.code(), COLUMNS.header(locale, messages, true));
			for (GridRow row : rows) {
				sheet.row(row.employeeNo(), row.name(), row.unitName(), row.target(), row.weight());
			}
			KpiConfig config = definition.config();
			COLUMNS.instructions(writer, locale, messages, List.of(
					messages.get(locale, "kpi.assign.page.sheet.definition", definition.name(), definition.code(),
							config.unit() == null ? "" : config.unit(), KpiValues.plain(config.target()),
							KpiValues.plain(config.weight())),
					messages.get(locale, "kpi.assign.page.sheet.rules")));
			return writer.toBytes();
		}
	}

	public String fileName(CurrentUser user, UUID definitionId, Locale locale) {
		KpiDefinitionView definition = library.get(user, definitionId);
		return messages.get(locale, "kpi.assign.page.sheet.file-name", definition.name()) + ".xlsx";
	}

	/**
	 * Reads a filled workbook (or CSV) and assigns the KPI to every row, all or nothing.
	 *
	 * @throws SheetRejectedException with every problem (row, column, reason) when a cell or a row is bad
	 * @throws io.lodestar.platform.web.BusinessRuleException for problems of the whole assignment (period,
	 * parent goal, archived definition)
	 */
	public List<KpiDetail> assign(CurrentUser user, UUID definitionId, UUID periodId, UUID parentId, String fileName,
			byte[] content) {
		library.get(user, definitionId);
		Table table;
		try {
			table = SpreadsheetReader.read(fileName, content, properties.maxRows());
		}
		catch (SpreadsheetException unreadable) {
			throw new SheetRejectedException(List.of(ImportIssue.general("kpi.import.file." + unreadable.reason().key(),
					unreadable.arguments())));
		}
		HeaderMatcher.Columns columns = HeaderMatcher.match(table, COLUMNS.specs(messages), MeasurementImporter.PREFIX);
		if (!columns.issues().isEmpty()) {
			throw new SheetRejectedException(columns.issues());
		}
		List<ImportIssue> issues = new ArrayList<>();
		SheetCells cells = new SheetCells(columns, issues);
		Map<String, EmployeeSummary> byNumber = new HashMap<>();
		people.activeEmployees(user.tenant(), null, null).forEach(employee -> byNumber.put(employee.employeeNo(), employee));
		Map<String, Integer> seen = new HashMap<>();
		List<PersonTarget> targets = new ArrayList<>();
		List<Table.Row> lines = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			int before = cells.issueCount();
			String number = cells.text(row, "employee-no");
			EmployeeSummary employee = null;
			if (number == null) {
				cells.required(row, "employee-no");
			}
			else if (seen.containsKey(number)) {
				cells.issue(row, "employee-no", "kpi.import.cell.duplicate", seen.get(number));
			}
			else {
				seen.put(number, row.number());
				employee = byNumber.get(number);
				if (employee == null) {
					cells.issue(row, "employee-no", "kpi.assign.page.row.employee-unknown", number);
				}
			}
			BigDecimal target = cells.number(row, "target");
			BigDecimal weight = cells.number(row, "weight");
			if (cells.issueCount() == before) {
				targets.add(new PersonTarget(employee.id(), target, weight));
				lines.add(row);
			}
		}
		if (!issues.isEmpty()) {
			throw new SheetRejectedException(issues);
		}
		try {
			return library.assign(user, new Assignment(definitionId, periodId, parentId, targets));
		}
		catch (KpiLibrary.AssignmentRejectedException rejected) {
			Set<String> general = new HashSet<>();
			for (KpiLibrary.BatchProblem problem : rejected.problems()) {
				Object[] arguments = problem.arguments().toArray();
				if ("frequency".equals(problem.field())) {
					// the definition against the period, the same for every row: say it once
					if (general.add(problem.code())) {
						issues.add(ImportIssue.general(problem.code(), arguments));
					}
					continue;
				}
				String column = switch (problem.field()) {
					case "employeeId" -> "employee-no";
					case "weight" -> "weight";
					default -> "target";
				};
				cells.issue(lines.get(problem.index()), cells.has(column) ? column : null, problem.code(), arguments);
			}
			throw new SheetRejectedException(issues);
		}
	}

}
