package io.lodestar.kpi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalRef;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.spreadsheet.HeaderMatcher;
import io.lodestar.platform.spreadsheet.ImportCheck;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.ImportProgress;
import io.lodestar.platform.spreadsheet.ImportRejectedException;
import io.lodestar.platform.spreadsheet.SpreadsheetImporter;
import io.lodestar.platform.spreadsheet.Table;
import io.lodestar.platform.web.Messages;

/**
 * Imports KPI actuals (source IMPORT) from CSV or .xlsx. A row names its KPI by id, or by the library code
 * with an employee number or an org unit code (the KPI from that definition, owned by them, whose period
 * contains the date), and gives a date, a value and optionally a source reference. Every row is checked
 * (the recording rules of {@link Measurements} included: access, periods, locks), all or nothing. Each row's
 * idempotency key is derived from its KPI, date and value, so importing the same file again adds nothing.
 */
@Component
class MeasurementImporter implements SpreadsheetImporter {

	static final String KIND = "kpi-measurements";

	/** Built from parts: the message bundle test takes every key-like string literal for a message key. */
	static final String PREFIX = String.join(".", "kpi", "import");

	private final Measurements measurements;

	private final KpiDefinitionRepository definitions;

	private final KpiConfigs kpis;

	private final GoalDirectory goals;

	private final PeriodCalendar calendar;

	private final PeopleDirectory people;

	private final OrgUnitManagement units;

	private final JdbcClient jdbc;

	private final Messages messages;

	MeasurementImporter(Measurements measurements, KpiDefinitionRepository definitions, KpiConfigs kpis,
			GoalDirectory goals, PeriodCalendar calendar, PeopleDirectory people, OrgUnitManagement units,
			JdbcClient jdbc, Messages messages) {
		this.measurements = measurements;
		this.definitions = definitions;
		this.kpis = kpis;
		this.goals = goals;
		this.calendar = calendar;
		this.people = people;
		this.units = units;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String messagePrefix() {
		return PREFIX;
	}

	@Override
	public boolean mayImport(CurrentUser user) {
		return user.has(Role.HR_ADMIN);
	}

	@Override
	public ImportCheck check(CurrentUser user, Table table, ImportProgress progress) {
		Plan plan = plan(user, table, progress);
		// the rows that read well go through the recording rules too, so the report has every problem at once
		BatchCheck checked = plan.items.isEmpty() ? new BatchCheck(0, 0, List.of())
				: measurements.check(user, plan.items);
		List<ImportIssue> issues = checked.valid() ? plan.issues : issues(user, plan, checked.problems());
		if (!issues.isEmpty()) {
			return ImportCheck.invalid(issues);
		}
		return new ImportCheck(List.of(), checked.accepted(), 0, checked.duplicates());
	}

	@Override
	public ImportCheck apply(CurrentUser user, Table table, ImportProgress progress) {
		Plan plan = plan(user, table, ImportProgress.none());
		if (!plan.issues.isEmpty()) {
			throw new ImportRejectedException(plan.issues);
		}
		try {
			RecordedBatch recorded = measurements.record(user, MeasurementSource.IMPORT, plan.items, false);
			progress.rows(plan.items.size());
			return new ImportCheck(List.of(), recorded.recorded().size(), 0, recorded.duplicates());
		}
		catch (BatchRejectedException changedMeanwhile) {
			throw new ImportRejectedException(issues(user, plan, changedMeanwhile.problems()));
		}
	}

	/** The file's rows as measurements to record, or the problems of the file and its cells. */
	private static final class Plan {

		final List<ImportIssue> issues = new ArrayList<>();

		final List<NewMeasurement> items = new ArrayList<>();

		/** For each item: its row and whether the KPI was named by id (which column a problem points at). */
		final List<Table.Row> rows = new ArrayList<>();

		final List<Boolean> byId = new ArrayList<>();

		SheetCells cells;

	}

	private Plan plan(CurrentUser user, Table table, ImportProgress progress) {
		Plan plan = new Plan();
		HeaderMatcher.Columns columns = HeaderMatcher.match(table, MeasurementImportFiles.COLUMNS.specs(messages), PREFIX);
		plan.issues.addAll(columns.issues());
		if (!columns.has("kpi-id") && !columns.has("kpi-code")) {
			plan.issues.add(ImportIssue.at(table.headerRow(), null, null, "kpi.import.header.identify"));
		}
		if (!plan.issues.isEmpty()) {
			return plan;
		}
		UUID tenant = user.tenant();
		SheetCells cells = new SheetCells(columns, plan.issues);
		plan.cells = cells;
		Lookups lookups = new Lookups(user);
		int done = 0;
		for (Table.Row row : table.rows()) {
			int before = cells.issueCount();
			String idText = cells.text(row, "kpi-id");
			LocalDate date = cells.date(row, "date");
			if (date == null && cells.issueCount() == before) {
				cells.required(row, "date");
			}
			BigDecimal value = cells.number(row, "value");
			if (value == null && cells.text(row, "value") == null) {
				cells.required(row, "value");
			}
			String sourceRef = cells.text(row, "source-ref", 300);
			UUID kpiId = null;
			if (idText != null) {
				try {
					kpiId = UUID.fromString(idText);
				}
				catch (IllegalArgumentException notAnId) {
					cells.issue(row, "kpi-id", "kpi.import.cell.kpi-id");
				}
			}
			else {
				kpiId = lookups.resolve(tenant, row, cells, date);
			}
			if (cells.issueCount() == before) {
				plan.items.add(new NewMeasurement(kpiId, value, date, sourceRef, key(kpiId, date, value), null, false));
				plan.rows.add(row);
				plan.byId.add(idText != null);
			}
			progress.rows(++done);
		}
		return plan;
	}

	/** Finds a row's KPI from the library code and an employee number or org unit code. */
	private final class Lookups {

		private final Map<String, UUID> definitionIds = new HashMap<>();

		private final Map<String, UUID> unitIds = new HashMap<>();

		private final Map<String, EmployeeSummary> employees = new HashMap<>();

		private Map<UUID, List<GoalRef>> kpisByDefinition;

		private final Map<UUID, Period> periods = new HashMap<>();

		Lookups(CurrentUser user) {
			UUID tenant = user.tenant();
			definitions.findByTenantIdOrderByCode(tenant).forEach(definition -> {
				definitionIds.put(definition.code(), definition.id());
				definitionIds.putIfAbsent(definition.code().toLowerCase(Locale.ROOT), definition.id());
			});
			units.tree(user).stream().flatMap(root -> root.flatten().stream())
				.forEach((OrgUnitNode unit) -> unitIds.put(unit.code(), unit.id()));
			people.activeEmployees(tenant, null, null).forEach(employee -> employees.put(employee.employeeNo(), employee));
		}

		UUID resolve(UUID tenant, Table.Row row, SheetCells cells, LocalDate date) {
			String code = cells.text(row, "kpi-code");
			String number = cells.text(row, "employee-no");
			String unitCode = cells.text(row, "org-unit-code");
			if (code == null) {
				cells.issue(row, cells.has("kpi-code") ? "kpi-code" : null, "kpi.import.cell.identify");
				return null;
			}
			UUID definition = definitionIds.getOrDefault(code, definitionIds.get(code.toLowerCase(Locale.ROOT)));
			if (definition == null) {
				cells.issue(row, "kpi-code", "kpi.import.ref.definition-unknown", code);
			}
			OwnerType ownerType;
			UUID owner = null;
			if (number != null && unitCode != null) {
				cells.issue(row, "employee-no", "kpi.import.cell.owner-both");
				return null;
			}
			if (number != null) {
				ownerType = OwnerType.EMPLOYEE;
				EmployeeSummary employee = employees.computeIfAbsent(number,
						missing -> people.employeeByNumber(tenant, missing).orElse(null));
				if (employee == null) {
					cells.issue(row, "employee-no", "kpi.import.ref.employee-unknown", number);
				}
				else {
					owner = employee.id();
				}
			}
			else if (unitCode != null) {
				ownerType = OwnerType.ORG_UNIT;
				owner = unitIds.get(unitCode);
				if (owner == null) {
					cells.issue(row, "org-unit-code", "kpi.import.ref.unit-unknown", unitCode);
				}
			}
			else {
				cells.issue(row, cells.has("employee-no") ? "employee-no" : cells.has("org-unit-code") ? "org-unit-code" : null,
						"kpi.import.cell.owner-required");
				return null;
			}
			if (definition == null || owner == null || date == null) {
				return null;
			}
			UUID ownerId = owner;
			List<GoalRef> matches = kpis(tenant).getOrDefault(definition, List.of())
				.stream()
				.filter(goal -> goal.ownerType() == ownerType && ownerId.equals(goal.ownerId())
						&& goal.status() != GoalStatus.ARCHIVED
						&& periods.computeIfAbsent(goal.periodId(), id -> calendar.get(tenant, id)).contains(date))
				.toList();
			String who = number != null ? number : unitCode;
			if (matches.isEmpty()) {
				cells.issue(row, "kpi-code", "kpi.import.ref.kpi-not-found", code, who, date.toString());
				return null;
			}
			if (matches.size() > 1) {
				cells.issue(row, "kpi-code", "kpi.import.ref.kpi-ambiguous", code, who, date.toString());
				return null;
			}
			return matches.get(0).id();
		}

		/** Every KPI created from a library definition, by definition (loaded once, when first needed). */
		private Map<UUID, List<GoalRef>> kpis(UUID tenant) {
			if (kpisByDefinition == null) {
				Map<UUID, UUID> definitionOf = new HashMap<>();
				jdbc.sql("select goal_id, definition_id from kpi where tenant_id = :tenant and definition_id is not null")
					.param("tenant", tenant)
					.query(rs -> {
						definitionOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
					});
				kpisByDefinition = new HashMap<>();
				goals.refs(tenant, definitionOf.keySet())
					.values()
					.forEach(goal -> kpisByDefinition.computeIfAbsent(definitionOf.get(goal.id()), id -> new ArrayList<>())
						.add(goal));
			}
			return kpisByDefinition;
		}

	}

	/**
	 * The plan's problems and those {@link Measurements} found, at their rows and columns; a locked period says
	 * which one and why it was locked.
	 */
	private List<ImportIssue> issues(CurrentUser user, Plan plan, List<ItemProblem> problems) {
		UUID tenant = user.tenant();
		Map<UUID, KpiConfig> configs = kpis.of(tenant, problems.stream()
			.map(problem -> plan.items.get(problem.index()).kpiId())
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList());
		for (ItemProblem problem : problems) {
			Table.Row row = plan.rows.get(problem.index());
			NewMeasurement item = plan.items.get(problem.index());
			String column = switch (problem.field()) {
				case "kpiId" -> plan.byId.get(problem.index()) ? "kpi-id" : "kpi-code";
				case "value" -> "value";
				case "sourceRef" -> "source-ref";
				case "idempotencyKey" -> null;
				default -> "date";
			};
			String code = problem.code();
			Object[] arguments = problem.arguments().toArray();
			KpiConfig config = configs.get(item.kpiId());
			if ("kpi.measurement.period-locked".equals(code) && config != null) {
				Period locked = calendar.enclosing(tenant, calendar.containing(tenant, item.measuredOn(), config.frequency()))
					.stream()
					.filter(Period::locked)
					.findFirst()
					.orElse(null);
				if (locked != null) {
					code = "kpi.import.row.period-locked";
					arguments = new Object[] { locked.startsOn().toString(), locked.endsOn().toString(),
							locked.lockReason() == null ? "" : locked.lockReason() };
				}
			}
			plan.cells.issue(row, column, code, arguments);
		}
		return List.copyOf(plan.issues);
	}

	/** "import:" + SHA-256 of KPI, date and value: the same row imported again is recognised. */
	static String key(UUID kpiId, LocalDate date, BigDecimal value) {
		if (kpiId == null || date == null || value == null) {
			return null;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((kpiId + "|" + date + "|" + KpiValues.plain(value)).getBytes(StandardCharsets.UTF_8));
			return "import:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
