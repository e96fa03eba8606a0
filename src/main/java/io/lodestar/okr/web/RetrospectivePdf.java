package io.lodestar.okr.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import io.lodestar.okr.KeyResultView;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Retrospective;
import io.lodestar.platform.web.Messages;

/**
 * The retrospective as an A4 PDF: a summary, then per objective its key results with final scores, a chart of
 * progress against the expected pace ({@link PdfTrendChart}), the mid-cycle changes, the check-in notes, the
 * reflection and the carry-over decision. Chinese renders with an embedded CJK font ({@link PdfFonts}).
 */
@Component
class RetrospectivePdf {

	static final Color INK = new Color(0x1f, 0x29, 0x37);

	static final Color MUTED = new Color(0x5b, 0x67, 0x78);

	static final Color LINE = new Color(0xd9, 0xde, 0xe5);

	static final Color HEADER = new Color(0xf1, 0xf4, 0xf8);

	private final Messages messages;

	private final PdfFonts fonts;

	RetrospectivePdf(Messages messages, PdfFonts fonts) {
		this.messages = messages;
		this.fonts = fonts;
	}

	byte[] write(Retrospective report, Locale locale, LocalDate today) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(title(report, locale));
			document.addCreator("Lodestar");
			document.open();
			Writer w = new Writer(document, writer, locale);
			w.header(report, today);
			for (Retrospective.Objective objective : report.objectives()) {
				w.objective(report, objective);
			}
			document.close();
		}
		catch (DocumentException failed) {
			throw new IllegalStateException("PDF not written", failed);
		}
		return out.toByteArray();
	}

	private String title(Retrospective report, Locale locale) {
		return messages.get(locale, "okr-admin.retro.heading", report.cycle().name());
	}

	/** Writes one document; holds its fonts and language. */
	private final class Writer {

		private final Document document;

		private final PdfWriter writer;

		private final Locale locale;

		private final Font title = new Font(fonts.bold(), 16, Font.NORMAL, INK);

		private final Font heading = new Font(fonts.bold(), 12, Font.NORMAL, INK);

		private final Font label = new Font(fonts.bold(), 9, Font.NORMAL, INK);

		private final Font body = new Font(fonts.regular(), 9, Font.NORMAL, INK);

		private final Font small = new Font(fonts.regular(), 8, Font.NORMAL, MUTED);

		Writer(Document document, PdfWriter writer, Locale locale) {
			this.document = document;
			this.writer = writer;
			this.locale = locale;
		}

		void header(Retrospective report, LocalDate today) throws DocumentException {
			if (!fonts.cjk()) {
				// in English whatever the reader's language: without a CJK font Chinese would not show either
				Paragraph warning = new Paragraph(messages.get(Locale.ENGLISH, "okr-admin.retro.pdf.no-cjk-font"), small);
				warning.setSpacingAfter(6);
				document.add(warning);
			}
			document.add(new Paragraph(title(report, locale), title));
			String scope = report.scopeName() == null ? text("okr-admin.retro.scope.company")
					: text("okr-admin.retro.scope." + report.scope()) + ": " + report.scopeName();
			Paragraph meta = new Paragraph(scope + "  ·  " + report.cycle().startsOn() + " – " + report.cycle().endsOn()
					+ "  ·  " + text("okr-admin.phase." + report.cycle().phase()) + "  ·  "
					+ text("okr-admin.retro.pdf.generated", today), small);
			meta.setSpacingAfter(8);
			document.add(meta);
			PdfPTable summary = new PdfPTable(4);
			summary.setWidthPercentage(100);
			stat(summary, text("okr-admin.retro.stat.objectives"), String.valueOf(report.objectives().size()));
			stat(summary, text("okr-admin.retro.stat.average-score"), score(report.averageScore()));
			stat(summary, text("okr-admin.retro.stat.carried-over"), String.valueOf(report.carriedOver()));
			stat(summary, text("okr-admin.retro.stat.changes"), String.valueOf(report.changes()));
			document.add(summary);
			if (!report.cycle().isClosed()) {
				document.add(note(text("okr-admin.retro.not-closed", text("okr-admin.phase." + report.cycle().phase()))));
			}
			if (report.notApproved() > 0) {
				document.add(note(text("okr-admin.retro.not-approved", report.notApproved())));
			}
			if (report.objectives().isEmpty()) {
				document.add(new Paragraph(text("okr-admin.retro.empty.title"), heading));
			}
		}

		void objective(Retrospective report, Retrospective.Objective each) throws DocumentException {
			ObjectiveView objective = each.objective();
			Paragraph name = new Paragraph(objective.title(), heading);
			name.setSpacingBefore(14);
			name.setKeepTogether(true);
			document.add(name);
			document.add(new Paragraph(RetrospectiveFormat.owner(objective, messages, locale) + "  ·  "
					+ text("okr-admin.retro.score") + " " + score(each.score()) + "  ·  "
					+ text("okr-admin.retro.progress") + " " + objective.progressPercent() + " %", small));
			PdfPTable table = new PdfPTable(new float[] { 38, 9, 17, 13, 10, 9 });
			table.setWidthPercentage(100);
			table.setSpacingBefore(6);
			table.setHeaderRows(1);
			for (String column : new String[] { "key-result", "weight", "target", "current", "progress", "score" }) {
				cell(table, text("okr-admin.retro.column." + column), label, HEADER);
			}
			int index = 1;
			for (Retrospective.KeyResult kr : each.keyResults()) {
				KeyResultView view = kr.keyResult();
				String krTitle = "KR" + index++ + " " + view.title()
						+ (view.versionNumber() > 1 ? "  (v" + view.versionNumber() + ")" : "");
				cell(table, krTitle + (view.scoreReason() == null ? "" : "\n" + view.scoreReason()), body, null);
				cell(table, RetrospectiveFormat.plain(view.normalisedWeight()) + " %", body, null);
				cell(table, RetrospectiveFormat.target(view, messages, locale), body, null);
				cell(table, RetrospectiveFormat.current(view, messages, locale), body, null);
				cell(table, view.progressPercent() + " %", body, null);
				cell(table, score(view.score()), label, null);
			}
			document.add(table);
			document.add(new PdfTrendChart(writer, fonts.regular(), report.cycle(), each,
					text("okr-admin.retro.chart.expected")).image());
			if (!each.changes().isEmpty()) {
				section("okr-admin.retro.changes");
				for (Retrospective.Change change : each.changes()) {
					document.add(item(text("okr-admin.retro.change.line", change.keyResultTitle(), change.number(),
							RetrospectiveFormat.measure(change.fromTitle(), change.fromTarget()),
							RetrospectiveFormat.measure(change.toTitle(), change.toTarget()), change.effectiveFrom(),
							text("okr-admin.retro.change-state." + change.state())), change.reason()));
				}
			}
			if (!each.notes().isEmpty()) {
				section("okr-admin.retro.notes");
				for (Retrospective.Note note : each.notes()) {
					String said = note.narrative() == null ? "" : note.narrative();
					if (note.helpNeeded() != null) {
						said += (said.isEmpty() ? "" : "\n") + text("okr-admin.retro.help-needed") + ": " + note.helpNeeded();
					}
					document.add(item(note.on() + " · " + note.keyResultTitle() + " · " + note.author() + " · "
							+ text("okr-admin.retro.confidence-of", note.confidence()), said));
				}
			}
			section("okr-admin.retro.reflection");
			if (!each.reflected()) {
				document.add(new Paragraph(text("okr-admin.retro.no-reflection"), small));
			}
			reflection("okr-admin.retro.went-well", objective.wentWell());
			reflection("okr-admin.retro.went-badly", objective.wentBadly());
			reflection("okr-admin.retro.reasons", objective.reasons());
			String carry = objective.carryOver() == null ? text("okr-admin.retro.carry.none")
					: text("okr-admin.retro.carry." + objective.carryOver());
			if (each.carriedTo() != null) {
				carry += " → " + text("okr-admin.retro.carried-to", each.carriedTo().title(), each.carriedTo().cycleName());
			}
			Paragraph decision = new Paragraph();
			decision.add(new Chunk(text("okr-admin.retro.carry-over") + ": ", label));
			decision.add(new Chunk(carry, body));
			decision.setSpacingBefore(4);
			document.add(decision);
		}

		private void section(String key) throws DocumentException {
			Paragraph section = new Paragraph(text(key), label);
			section.setSpacingBefore(8);
			section.setSpacingAfter(2);
			document.add(section);
		}

		private void reflection(String key, String said) throws DocumentException {
			if (said == null) {
				return;
			}
			Paragraph paragraph = new Paragraph();
			paragraph.add(new Chunk(text(key) + ": ", label));
			paragraph.add(new Chunk(said, body));
			document.add(paragraph);
		}

		private Paragraph item(String head, String said) {
			Paragraph paragraph = new Paragraph();
			paragraph.add(new Chunk(head, small));
			if (said != null && !said.isBlank()) {
				paragraph.add(Chunk.NEWLINE);
				paragraph.add(new Chunk(said, body));
			}
			paragraph.setIndentationLeft(8);
			paragraph.setSpacingAfter(3);
			return paragraph;
		}

		private Paragraph note(String text) {
			Paragraph note = new Paragraph(text, small);
			note.setSpacingBefore(4);
			return note;
		}

		private void stat(PdfPTable table, String name, String value) {
			PdfPCell cell = new PdfPCell();
			cell.addElement(new Paragraph(value, heading));
			cell.addElement(new Paragraph(name, small));
			cell.setBorderColor(LINE);
			cell.setPadding(6);
			table.addCell(cell);
		}

		private void cell(PdfPTable table, String text, Font font, Color background) {
			PdfPCell cell = new PdfPCell(new Phrase(text, font));
			cell.setBorderColor(LINE);
			cell.setPadding(4);
			cell.setVerticalAlignment(Element.ALIGN_TOP);
			cell.setBorder(Rectangle.BOTTOM);
			if (background != null) {
				cell.setBackgroundColor(background);
			}
			table.addCell(cell);
		}

		private String text(String key, Object... arguments) {
			return messages.get(locale, key, arguments);
		}

		private String score(BigDecimal score) {
			return score == null ? text("okr-admin.retro.not-scored") : score.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
		}

	}

}
