package io.lodestar.okr.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.lodestar.okr.KeyResultView;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Retrospective;
import io.lodestar.platform.spreadsheet.XlsxWriter;
import io.lodestar.platform.spreadsheet.XlsxWriter.Column;
import io.lodestar.platform.web.Messages;

/**
 * The retrospective as .xlsx, one sheet per kind of row (objectives, key results, check-ins, changes, notes),
 * so each can be filtered and pivoted. Written by the platform's {@link XlsxWriter}, which neutralises text that
 * a spreadsheet would run as a formula (people's own words end up in these cells).
 */
@Component
class RetrospectiveWorkbook {

	private final Messages messages;

	RetrospectiveWorkbook(Messages messages) {
		this.messages = messages;
	}

	/** "OKR retrospective 2026 Q4 – Sales", without characters file systems refuse. */
	String fileName(Retrospective report, Locale locale) {
		String scope = report.scopeName() == null ? messages.get(locale, "okr-admin.retro.scope.company")
				: report.scopeName();
		return messages.get(locale, "okr-admin.retro.file-name", report.cycle().name(), scope)
			.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
	}

	byte[] write(Retrospective report, Locale locale) {
		try (XlsxWriter writer = new XlsxWriter()) {
			objectives(writer, report, locale);
			keyResults(writer, report, locale);
			checkIns(writer, report, locale);
			changes(writer, report, locale);
			notes(writer, report, locale);
			return writer.toBytes();
		}
	}

	private void objectives(XlsxWriter writer, Retrospective report, Locale locale) {
		XlsxWriter.SheetWriter sheet = writer.sheet(text(locale, "okr-admin.retro.sheet.objectives"),
				columns(locale, "owner", "objective", "score", "progress", "carry-over", "carried-to", "went-well",
						"went-badly", "reasons"));
		for (Retrospective.Objective each : report.objectives()) {
			ObjectiveView objective = each.objective();
			sheet.row(owner(objective, locale), objective.title(), number(each.score()), objective.progressPercent(),
					objective.carryOver() == null ? null : text(locale, "okr-admin.retro.carry." + objective.carryOver()),
					each.carriedTo() == null ? null : each.carriedTo().title() + " (" + each.carriedTo().cycleName() + ")",
					objective.wentWell(), objective.wentBadly(), objective.reasons());
		}
	}

	private void keyResults(XlsxWriter writer, Retrospective report, Locale locale) {
		XlsxWriter.SheetWriter sheet = writer.sheet(text(locale, "okr-admin.retro.sheet.key-results"),
				columns(locale, "owner", "objective", "key-result", "weight", "target", "current", "progress", "score",
						"score-reason", "version"));
		for (Retrospective.Objective each : report.objectives()) {
			for (Retrospective.KeyResult kr : each.keyResults()) {
				KeyResultView view = kr.keyResult();
				sheet.row(owner(each.objective(), locale), each.objective().title(), view.title(),
						number(view.normalisedWeight()), RetrospectiveFormat.target(view, messages, locale),
						RetrospectiveFormat.current(view, messages, locale), view.progressPercent(),
						number(view.score()), view.scoreReason(), view.versionNumber());
			}
		}
	}

	private void checkIns(XlsxWriter writer, Retrospective report, Locale locale) {
		XlsxWriter.SheetWriter sheet = writer.sheet(text(locale, "okr-admin.retro.sheet.check-ins"),
				columns(locale, "objective", "key-result", "date", "progress", "expected", "gap", "confidence"));
		for (Retrospective.Objective each : report.objectives()) {
			for (Retrospective.KeyResult kr : each.keyResults()) {
				for (Retrospective.Point point : kr.trend()) {
					sheet.row(each.objective().title(), kr.keyResult().title(), point.on(), point.progressPercent(),
							point.expectedPercent(), point.gapPoints(), point.confidence());
				}
			}
		}
	}

	private void changes(XlsxWriter writer, Retrospective report, Locale locale) {
		XlsxWriter.SheetWriter sheet = writer.sheet(text(locale, "okr-admin.retro.sheet.changes"),
				columns(locale, "objective", "key-result", "version", "from", "to", "effective-from", "reason", "state",
						"decision-note"));
		for (Retrospective.Objective each : report.objectives()) {
			for (Retrospective.Change change : each.changes()) {
				sheet.row(each.objective().title(), change.keyResultTitle(), change.number(),
						RetrospectiveFormat.measure(change.fromTitle(), change.fromTarget()),
						RetrospectiveFormat.measure(change.toTitle(), change.toTarget()), change.effectiveFrom(),
						change.reason(), text(locale, "okr-admin.retro.change-state." + change.state()),
						change.decisionNote());
			}
		}
	}

	private void notes(XlsxWriter writer, Retrospective report, Locale locale) {
		XlsxWriter.SheetWriter sheet = writer.sheet(text(locale, "okr-admin.retro.sheet.notes"),
				columns(locale, "objective", "key-result", "date", "author", "confidence", "status", "narrative",
						"help-needed"));
		for (Retrospective.Objective each : report.objectives()) {
			for (Retrospective.Note note : each.notes()) {
				sheet.row(each.objective().title(), note.keyResultTitle(), note.on(), note.author(), note.confidence(),
						text(locale, "okr-admin.retro.status." + note.status()), note.narrative(), note.helpNeeded());
			}
		}
	}

	private List<Column> columns(Locale locale, String... keys) {
		List<Column> columns = new ArrayList<>();
		for (String key : keys) {
			String header = text(locale, "okr-admin.retro.column." + key);
			Column column = switch (key) {
				case "date", "effective-from" -> Column.date(header);
				case "score", "progress", "weight", "expected", "gap", "confidence", "version" ->
					new Column(header, XlsxWriter.Format.GENERAL, Math.max(10, header.length() + 4));
				case "objective", "key-result", "went-well", "went-badly", "reasons", "reason", "narrative",
						"help-needed", "from", "to", "carried-to" -> Column.text(header).wide(40);
				default -> Column.text(header).wide(20);
			};
			columns.add(column);
		}
		return columns;
	}

	private String owner(ObjectiveView objective, Locale locale) {
		return RetrospectiveFormat.owner(objective, messages, locale);
	}

	private String text(Locale locale, String key) {
		return messages.get(locale, key);
	}

	private static BigDecimal number(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

}
