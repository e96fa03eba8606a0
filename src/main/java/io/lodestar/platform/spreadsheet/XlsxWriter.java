package io.lodestar.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes .xlsx exports, templates and error reports. Streams rows (a window of 200 in memory) so large
 * exports stay small in memory. Every text cell goes through {@link FormulaEscaping}; cells are only ever
 * written as text, number or date, never as formulas.
 */
public final class XlsxWriter implements AutoCloseable {

	/** How a column's cells are typed; TEXT also keeps leading zeros of numbers a user types into a template. */
	public enum Format {

		TEXT, DATE, GENERAL

	}

	/** @param width in characters */
	public record Column(String header, Format format, int width) {

		public static Column text(String header) {
			return new Column(header, Format.TEXT, Math.max(12, header.length() + 4));
		}

		public static Column date(String header) {
			return new Column(header, Format.DATE, Math.max(12, header.length() + 4));
		}

		public Column wide(int characters) {
			return new Column(header, format, characters);
		}

	}

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final CellStyle headerStyle;

	private final CellStyle textStyle;

	private final CellStyle dateStyle;

	public XlsxWriter() {
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle = workbook.createCellStyle();
		headerStyle.setFont(bold);
		headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		textStyle = workbook.createCellStyle();
		textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
		dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	/** Adds a sheet with a bold, frozen header row. */
	public SheetWriter sheet(String name, List<Column> columns) {
		SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			var cell = header.createCell(i);
			cell.setCellValue(FormulaEscaping.escape(column.header()));
			cell.setCellStyle(headerStyle);
			sheet.setColumnWidth(i, Math.min(255, column.width()) * 256);
			if (column.format() == Format.TEXT) {
				sheet.setDefaultColumnStyle(i, textStyle);
			}
			else if (column.format() == Format.DATE) {
				sheet.setDefaultColumnStyle(i, dateStyle);
			}
		}
		sheet.createFreezePane(0, 1);
		return new SheetWriter(sheet, columns);
	}

	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	@Override
	public void close() {
		try {
			workbook.close(); // also removes the temporary files of the streamed rows
		}
		catch (IOException ignored) {
			// nothing left to release
		}
	}

	public final class SheetWriter {

		private final SXSSFSheet sheet;

		private final List<Column> columns;

		private int next = 1;

		private SheetWriter(SXSSFSheet sheet, List<Column> columns) {
			this.sheet = sheet;
			this.columns = columns;
		}

		/** One row; values are Strings, LocalDates, Numbers, Booleans or null (an empty cell). */
		public SheetWriter row(List<?> values) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value == null) {
					continue;
				}
				var cell = row.createCell(i);
				if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(dateStyle);
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Boolean flag) {
					cell.setCellValue(flag);
				}
				else {
					cell.setCellValue(FormulaEscaping.escape(value.toString()));
					if (i < columns.size() && columns.get(i).format() == Format.TEXT) {
						cell.setCellStyle(textStyle);
					}
				}
			}
			return this;
		}

		public SheetWriter row(Object... values) {
			return row(java.util.Arrays.asList(values));
		}

	}

}
