package io.lodestar.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.CsvWriter;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.XlsxWriter;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.NotFoundException;

/**
 * The files around an import: templates (headers in the chosen language, an instructions sheet listing
 * every column with its format and allowed values) and the downloadable error report of a job.
 */
@Service
public class PeopleImportFiles {

	/** What can be imported, in the order the page offers it. */
	public static final List<String> KINDS = List.of(ImportColumns.ORG_UNITS, ImportColumns.EMPLOYEES);

	private final Messages messages;

	private final ImportJobs jobs;

	PeopleImportFiles(Messages messages, ImportJobs jobs) {
		this.messages = messages;
		this.jobs = jobs;
	}

	public byte[] xlsxTemplate(CurrentUser user, String kind, Locale locale) {
		requireKind(user, kind);
		try (XlsxWriter writer = new XlsxWriter()) {
			writer.sheet(messages.get(locale, "people-import.kind." + kind),
					ImportColumns.template(kind, locale, messages));
			XlsxWriter.SheetWriter help = writer.sheet(messages.get(locale, "people-import.template.instructions"),
					List.of(XlsxWriter.Column.text(messages.get(locale, "people-import.template.column")).wide(24),
							XlsxWriter.Column.text(messages.get(locale, "people-import.template.required")).wide(10),
							XlsxWriter.Column.text(messages.get(locale, "people-import.template.format")).wide(90)));
			for (ImportColumns.Column column : ImportColumns.of(kind)) {
				if (!column.informational()) {
					help.row(messages.get(locale, ImportColumns.labelKey(kind, column.key())),
							messages.get(locale, column.required() ? "platform.common.yes" : "platform.common.no"),
							messages.get(locale, ImportColumns.hintKey(kind, column.key())));
				}
			}
			help.row("");
			help.row(messages.get(locale, "people-import.template.rules"));
			return writer.toBytes();
		}
	}

	public byte[] csvTemplate(CurrentUser user, String kind, Locale locale) {
		requireKind(user, kind);
		List<String> headers = ImportColumns.template(kind, locale, messages)
			.stream()
			.map(XlsxWriter.Column::header)
			.toList();
		return CsvWriter.write(headers, List.of());
	}

	public String templateName(String kind, Locale locale, String extension) {
		return messages.get(locale, "people-import.template.file-name", messages.get(locale, "people-import.kind." + kind))
				+ "." + extension;
	}

	public String issuesSheetName(Locale locale) {
		return messages.get(locale, "people-import.report.sheet");
	}

	/** Every problem of a job as a workbook: row, column, value, reason in the reader's language. */
	public byte[] issues(CurrentUser user, java.util.UUID jobId, Locale locale) {
		ImportJob job = jobs.get(user, jobId);
		try (XlsxWriter writer = new XlsxWriter()) {
			XlsxWriter.SheetWriter sheet = writer.sheet(messages.get(locale, "people-import.report.sheet"),
					List.of(XlsxWriter.Column.text(messages.get(locale, "people-import.report.row")).wide(8),
							XlsxWriter.Column.text(messages.get(locale, "people-import.report.column")).wide(20),
							XlsxWriter.Column.text(messages.get(locale, "people-import.report.value")).wide(30),
							XlsxWriter.Column.text(messages.get(locale, "people-import.report.reason")).wide(90)));
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

	private static void requireKind(CurrentUser user, String kind) {
		OrgUnitManagement.requireAdministrator(user);
		if (!KINDS.contains(kind)) {
			throw new NotFoundException("import", kind);
		}
	}

}
