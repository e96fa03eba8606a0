package io.lodestar.okr.web;

import java.awt.Color;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.Retrospective;

/**
 * An objective's key results' progress at each check-in (0–100 %, higher is further) against the dashed straight
 * line of the expected pace, drawn as vector graphics across the cycle's dates, with a legend (KR1, KR2…).
 */
final class PdfTrendChart {

	private static final float WIDTH = 515;

	private static final float HEIGHT = 130;

	private static final float LEFT = 30;

	private static final float BOTTOM = 30;

	private static final float TOP = 8;

	private static final float RIGHT = 8;

	private final PdfWriter writer;

	private final BaseFont font;

	private final OkrCycle cycle;

	private final Retrospective.Objective objective;

	private final String expectedLabel;

	PdfTrendChart(PdfWriter writer, BaseFont font, OkrCycle cycle, Retrospective.Objective objective,
			String expectedLabel) {
		this.writer = writer;
		this.font = font;
		this.cycle = cycle;
		this.objective = objective;
		this.expectedLabel = expectedLabel;
	}

	Image image() throws BadElementException {
		PdfTemplate canvas = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
		float plotWidth = WIDTH - LEFT - RIGHT;
		float plotHeight = HEIGHT - BOTTOM - TOP;
		long days = Math.max(1, ChronoUnit.DAYS.between(cycle.startsOn(), cycle.endsOn()));
		// grid and axis labels: 0, 50, 100 %
		canvas.setLineWidth(0.5f);
		canvas.setColorStroke(RetrospectivePdf.LINE);
		canvas.beginText();
		canvas.setFontAndSize(font, 7);
		canvas.setColorFill(RetrospectivePdf.MUTED);
		for (int percent = 0; percent <= 100; percent += 50) {
			canvas.showTextAligned(Element.ALIGN_RIGHT, percent + " %", LEFT - 3, BOTTOM + plotHeight * percent / 100f - 2, 0);
		}
		canvas.showTextAligned(Element.ALIGN_LEFT, cycle.startsOn().toString(), LEFT, BOTTOM - 10, 0);
		canvas.showTextAligned(Element.ALIGN_RIGHT, cycle.endsOn().toString(), LEFT + plotWidth, BOTTOM - 10, 0);
		canvas.endText();
		for (int percent = 0; percent <= 100; percent += 50) {
			canvas.moveTo(LEFT, BOTTOM + plotHeight * percent / 100f);
			canvas.lineTo(LEFT + plotWidth, BOTTOM + plotHeight * percent / 100f);
		}
		canvas.stroke();
		// the expected pace
		canvas.setLineWidth(1.2f);
		canvas.setColorStroke(Color.decode(RetrospectiveCharts.EXPECTED));
		canvas.setLineDash(4, 3);
		canvas.moveTo(LEFT, BOTTOM);
		canvas.lineTo(LEFT + plotWidth, BOTTOM + plotHeight);
		canvas.stroke();
		canvas.setLineDash(0);
		// each key result's check-ins
		float legendX = LEFT;
		List<Retrospective.KeyResult> keyResults = objective.keyResults();
		for (int i = 0; i < keyResults.size(); i++) {
			Color color = Color.decode(RetrospectiveCharts.PALETTE.get(i % RetrospectiveCharts.PALETTE.size()));
			List<Retrospective.Point> points = keyResults.get(i).trend();
			canvas.setColorStroke(color);
			canvas.setColorFill(color);
			canvas.setLineWidth(1.5f);
			// every key result starts at 0 % on the cycle's first day
			canvas.moveTo(LEFT, BOTTOM);
			for (Retrospective.Point point : points) {
				canvas.lineTo(x(point.on(), days, plotWidth),
						BOTTOM + plotHeight * Math.min(1.1f, point.progress().floatValue()));
			}
			if (points.isEmpty()) {
				canvas.newPath();
			}
			else {
				canvas.stroke();
			}
			for (Retrospective.Point point : points) {
				canvas.circle(x(point.on(), days, plotWidth),
						BOTTOM + plotHeight * Math.min(1.1f, point.progress().floatValue()), 1.8f);
				canvas.fill();
			}
			legendX = legend(canvas, legendX, color, "KR" + (i + 1), false);
		}
		legend(canvas, legendX, Color.decode(RetrospectiveCharts.EXPECTED), expectedLabel, true);
		Image image = Image.getInstance(canvas);
		image.setSpacingBefore(6);
		return image;
	}

	private float x(LocalDate on, long days, float plotWidth) {
		long day = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(cycle.startsOn(), on)));
		return LEFT + plotWidth * day / days;
	}

	private float legend(PdfTemplate canvas, float x, Color color, String text, boolean dashed) {
		float y = 6;
		canvas.setColorStroke(color);
		canvas.setLineWidth(1.5f);
		if (dashed) {
			canvas.setLineDash(3, 2);
		}
		canvas.moveTo(x, y + 2);
		canvas.lineTo(x + 14, y + 2);
		canvas.stroke();
		canvas.setLineDash(0);
		canvas.beginText();
		canvas.setFontAndSize(font, 7);
		canvas.setColorFill(RetrospectivePdf.INK);
		canvas.showTextAligned(Element.ALIGN_LEFT, text, x + 17, y, 0);
		canvas.endText();
		return x + 17 + font.getWidthPoint(text, 7) + 10;
	}

}
