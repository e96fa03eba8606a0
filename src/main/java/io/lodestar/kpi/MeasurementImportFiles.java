package io.lodestar.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import io.lodestar.people.OrgUnitManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.spreadsheet.CsvWriter;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.ImportProperties;
import io.lodestar.platform.spreadsheet.XlsxWriter;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.NotFoundException;

/**
 * The files around the import of KPI actuals: templates (headers in the chosen language, an instructions
 * sheet), the jobs of this kind, and a job's problems as a workbook.
 */
@Service
public class MeasurementImportFiles {

	public static final String KIND = MeasurementImporter.KIND;

	static final SheetColumns COLUMNS = new SheetColumns("kpi.import.column.",
			"kpi.import.column-hint.", List.of(
			SheetColumns.Column.optional("employee-no", XlsxWriter.Format.TEXT, "employee number", "employee id",
					"staff no", "emp no", "员工编号", "员工工号", "职工号"),
			SheetColumns.Column.optional("org-unit-code", XlsxWriter.Format.TEXT, "unit code", "department code",
					"dept code", "部门编码", "组织编码", "部门代码", "组织单元编码"),
			SheetColumns.Column.optional("kpi-code", XlsxWriter.Format.TEXT, "definition code", "library code",
					"code", "指标代码", "KPI编码", "指标库编码"),
			SheetColumns.Column.required("date", XlsxWriter.Format.DATE, "measured on", "measurement date", "day",
					"数据日期", "统计日期", "业绩日期"),
			SheetColumns.Column.required("value", XlsxWriter.Format.GENERAL, "actual", "actual value", "amount",
					"实际值", "完成值", "实绩", "数据"),
			SheetColumns.Column.optional("source-ref", XlsxWriter.Format.TEXT, "source", "reference", "note", "来源",
					"来源说明", "单据号", "备注"),
			SheetColumns.Column.optional("kpi-id", XlsxWriter.Format.TEXT, "kpi uuid", "goal id", "KPI ID", "指标ID"),
			SheetColumns.Column.informational("kpi-name", "kpi name", "title", "指标名称", "指标"),
			SheetColumns.Column.informational("employee-name", "employee", "full name", "员工姓名", "姓名"),
			SheetColumns.Column.informational("org-unit-name", "unit", "department", "部门名称", "部门")));

	private final Messages messages;

	private final ImportJobs jobs;

	private final TeamEntry entry;

	private final KpiDefinitionRepository definitions;

	private final OrgUnitManagement units;

	private final ImportProperties properties;

	MeasurementImportFiles(Messages messages, ImportJobs jobs, TeamEntry entry, KpiDefinitionRepository definitions,
			OrgUnitManagement units, ImportProperties properties) {
		this.messages = messages;
		this.jobs = jobs;
		this.entry = entry;
		this.definitions = definitions;
		this.units = units;
		this.properties = properties;
	}

	/**
	 * The template filled with every KPI running in the month (owner, KPI code, id and name, the date values of
	 * the month carry): HR types the values and uploads it.
	 */
	public byte[] forMonth(CurrentUser user, YearMonth month, Locale locale) {
		requireHr(user);
		TeamEntry.Grid grid = entry.grid(user, month, null, properties.maxRows());
		Map<UUID, String> codes = new HashMap<>();
		definitions.findByTenantIdOrderByCode(user.tenant()).forEach(definition -> codes.put(definition.id(), definition.code()));
		Map<UUID, String> unitCodes = new HashMap<>();
		units.tree(user).stream().flatMap(root -> root.flatten().stream())
			.forEach(unit -> unitCodes.put(unit.id(), unit.code()));
		try (XlsxWriter writer = new XlsxWriter()) {
			XlsxWriter.SheetWriter sheet = writer.sheet(messages.get(locale, "kpi.import.template.sheet"),
					COLUMNS.header(locale, messages, true));
			for (TeamEntry.Row row : grid.rows()) {
				boolean person = row.ownerType() == io.lodestar.goals.OwnerType.EMPLOYEE;
				boolean unit = row.ownerType() == io.lodestar.goals.OwnerType.ORG_UNIT;
				sheet.row(person ? row.ownerNo() : null, unit ? unitCodes.get(row.ownerId()) : null,
						row.config().definitionId() == null ? null : codes.get(row.config().definitionId()), grid.date(),
						null, null, row.kpiId().toString(), row.title(), person ? row.ownerName() : null,
						unit ? row.ownerName() : null);
			}
			COLUMNS.instructions(writer, locale, messages, List.of(messages.get(locale, "kpi.import.template.month-rules"),
					messages.get(locale, "kpi.import.template.rules")));
			return writer.toBytes();
		}
	}

	public String monthName(YearMonth month, Locale locale) {
		return messages.get(locale, "kpi.import.template.month-file-name", month.toString()) + ".xlsx";
	}

	public byte[] xlsxTemplate(CurrentUser user, Locale locale) {
		requireHr(user);
		try (XlsxWriter writer = new XlsxWriter()) {
			writer.sheet(messages.get(locale, "kpi.import.template.sheet"), COLUMNS.header(locale, messages, false));
			COLUMNS.instructions(writer, locale, messages, List.of(messages.get(locale, "kpi.import.template.rules")));
			return writer.toBytes();
		}
	}

	public byte[] csvTemplate(CurrentUser user, Locale locale) {
		requireHr(user);
		return CsvWriter.write(COLUMNS.header(locale, messages, false).stream().map(XlsxWriter.Column::header).toList(),
				List.of());
	}

	public String templateName(Locale locale, String extension) {
		return messages.get(locale, "kpi.import.template.file-name") + "." + extension;
	}

	/** A job of this import (another kind's job, like another company's, is "not found"). */
	public ImportJob job(CurrentUser user, UUID id) {
		ImportJob job = jobs.get(user, id);
		if (!KIND.equals(job.kind())) {
			throw new NotFoundException("import", id);
		}
		return job;
	}

	public List<ImportJob> recent(CurrentUser user, int limit) {
		return jobs.recent(user, 100).stream().filter(job -> KIND.equals(job.kind())).limit(limit).toList();
	}

	/** Every problem of a job as a workbook: row, column, value, reason in the reader's language. */
	public byte[] issues(CurrentUser user, UUID jobId, Locale locale) {
		ImportJob job = job(user, jobId);
		try (XlsxWriter writer = new XlsxWriter()) {
			XlsxWriter.SheetWriter sheet = writer.sheet(messages.get(locale, "kpi.import.report.sheet"),
					List.of(XlsxWriter.Column.text(messages.get(locale, "kpi.import.report.row")).wide(8),
							XlsxWriter.Column.text(messages.get(locale, "kpi.import.report.column")).wide(20),
							XlsxWriter.Column.text(messages.get(locale, "kpi.import.report.value")).wide(30),
							XlsxWriter.Column.text(messages.get(locale, "kpi.import.report.reason")).wide(90)));
			for (ImportIssue issue : job.report().issues()) {
				List<Object> cells = new ArrayList<>();
				cells.add(issue.row());
				cells.add(issue.column());
				cells.add(issue.value());
				cells.add(jobs.describe(issue, locale));
				sheet.row(cells);
			}
			return writer.toBytes();
		}
	}

	private static void requireHr(CurrentUser user) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("kpi import");
		}
	}

}
