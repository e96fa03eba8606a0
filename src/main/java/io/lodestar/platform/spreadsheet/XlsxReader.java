package io.lodestar.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import io.lodestar.platform.spreadsheet.SpreadsheetException.Reason;

/**
 * Reads the first sheet of an .xlsx workbook by streaming its XML (SAX), so memory stays small and a file
 * over the row limit is stopped early. Dates become {@code yyyy-MM-dd} (date-times
 * {@code yyyy-MM-dd HH:mm[:ss]}), numbers plain digits (no {@code 1.38E10} for a phone number), formulas their
 * cached value. POI's protections stay as they are: its zip-bomb checks (minimum inflate ratio, entry size
 * limits) and its XML parsers, which refuse DOCTYPEs and so never resolve external entities.
 */
final class XlsxReader {

	private XlsxReader() {
	}

	static Table read(byte[] content, int maxRows) {
		Path file = null;
		try {
			// opening from a file reads entries on demand instead of inflating the whole package into memory
			file = Files.createTempFile("lodestar-import-", ".xlsx");
			Files.write(file, content);
			try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				return readFirstSheet(workbook, maxRows);
			}
		}
		catch (SpreadsheetException known) {
			throw known;
		}
		catch (OLE2NotOfficeXmlFileException old) {
			throw new SpreadsheetException(Reason.XLS, old);
		}
		catch (NotOfficeXmlFileException | InvalidOperationException notAWorkbook) {
			throw new SpreadsheetException(Reason.NOT_XLSX, notAWorkbook);
		}
		catch (IOException | SAXException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException
				| RuntimeException damaged) {
			SpreadsheetException ours = cause(damaged);
			if (ours != null) {
				throw ours; // thrown by the row collector inside the XML parser
			}
			throw new SpreadsheetException(Reason.UNREADABLE, damaged);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static Table readFirstSheet(OPCPackage workbook, int maxRows)
			throws IOException, SAXException, OpenXML4JException, javax.xml.parsers.ParserConfigurationException {
		XSSFReader reader = new XSSFReader(workbook);
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		if (!sheets.hasNext()) {
			throw new SpreadsheetException(Reason.EMPTY);
		}
		StylesTable styles = reader.getStylesTable();
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
		Collector collector = new Collector(maxRows);
		try (InputStream sheet = sheets.next()) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new PlainFormatter(), false));
			parser.parse(new InputSource(sheet));
		}
		return collector.table.build();
	}

	/** Collects cells row by row, filling the gaps the file leaves for empty cells. */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final SpreadsheetReader.Builder table;

		private List<String> cells;

		Collector(int maxRows) {
			this.table = new SpreadsheetReader.Builder(maxRows);
		}

		@Override
		public void startRow(int rowNum) {
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			// throws as soon as the row limit is passed, which stops parsing a huge file early
			table.add(rowNum + 1, cells);
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}

	}

	/**
	 * Dates as ISO dates (with {@code HH:mm[:ss]} when the cell has a time of day), numbers without grouping,
	 * exponent or trailing zeros, whatever the cell format.
	 */
	private static final class PlainFormatter extends DataFormatter {

		PlainFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
					&& DateUtil.isValidExcelDate(value)) {
				java.time.LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
				// a date-time cell (a punch list's 日期时间) keeps its time; a plain date stays yyyy-MM-dd
				return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
						: dateTime.toLocalDate() + " " + dateTime.toLocalTime().withNano(0);
			}
			return plain(value);
		}

	}

	static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static SpreadsheetException cause(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SpreadsheetException ours) {
				return ours;
			}
		}
		return null;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				file.toFile().deleteOnExit();
			}
		}
	}

}
