package io.lodestar.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.lodestar.platform.spreadsheet.SpreadsheetException.Reason;

class SpreadsheetReaderTests {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Test
	void readsUtf8WithByteOrderMarkWithoutTheMarkInTheFirstHeader() {
		byte[] text = "工号,姓名\r\nE001,张三\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = concat(BOM, text);

		Table table = SpreadsheetReader.read("员工.csv", content, 100);

		assertThat(table.headers()).containsExactly("工号", "姓名");
		assertThat(table.headerRow()).isEqualTo(1);
		assertThat(table.rows()).singleElement().satisfies(row -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.cells()).containsExactly("E001", "张三");
		});
	}

	@Test
	void readsUtf8WithoutByteOrderMark() {
		Table table = SpreadsheetReader.read("e.csv", "Name,E-mail\nÅsa Öberg,asa@example.com\n".getBytes(StandardCharsets.UTF_8), 100);

		assertThat(table.rows().get(0).cells()).containsExactly("Åsa Öberg", "asa@example.com");
	}

	@Test
	void readsGbkEncodedChineseWithQuotedCommasQuotesAndLineBreaks() {
		String text = "工号,姓名,部门编码,备注\r\n" + "\"E001\",\"张三, 李四\",\"销售\"\"一\"\"部\",\"第一行\n第二行\"\r\n"
				+ "E002,王五,研发,\r\n";
		byte[] gbk = text.getBytes(Charset.forName("GBK"));

		Table table = SpreadsheetReader.read("员工.csv", gbk, 100);

		assertThat(table.headers()).containsExactly("工号", "姓名", "部门编码", "备注");
		assertThat(table.rows().get(0).cells()).containsExactly("E001", "张三, 李四", "销售\"一\"部", "第一行\n第二行");
		assertThat(table.rows().get(0).number()).isEqualTo(2);
		assertThat(table.rows().get(1).cells()).containsExactly("E002", "王五", "研发", "");
		assertThat(table.rows().get(1).number()).isEqualTo(3);
	}

	@Test
	void detectsSemicolonAndTabSeparators() {
		Table semicolons = SpreadsheetReader.read("e.csv", "Code;Name\nA,1;Alpha\n".getBytes(StandardCharsets.UTF_8), 10);
		Table tabs = SpreadsheetReader.read("e.txt", "Code\tName\nA;1\tAlpha, Inc\n".getBytes(StandardCharsets.UTF_8), 10);

		assertThat(semicolons.rows().get(0).cells()).containsExactly("A,1", "Alpha");
		assertThat(tabs.rows().get(0).cells()).containsExactly("A;1", "Alpha, Inc");
	}

	@Test
	void readsUtf16TextAsExcelSavesUnicodeText() {
		byte[] text = "工号\t姓名\r\nE001\t张三\r\n".getBytes(StandardCharsets.UTF_16LE);

		Table table = SpreadsheetReader.read("e.txt", concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text), 10);

		assertThat(table.rows().get(0).cells()).containsExactly("E001", "张三");
	}

	@Test
	void skipsBlankRowsButKeepsTheRowNumbersOfTheFile() {
		Table table = SpreadsheetReader.read("e.csv", "\n工号\n\nE1\n ,\nE2\n".getBytes(StandardCharsets.UTF_8), 10);

		assertThat(table.headerRow()).isEqualTo(2);
		assertThat(table.rows()).extracting(Table.Row::number).containsExactly(4, 6);
	}

	@Test
	void removesTheApostropheAnExportPutBeforeFormulaCharacters() {
		Table table = SpreadsheetReader.read("e.csv", "Phone,Note\n'+86 138,'it''s\n".getBytes(StandardCharsets.UTF_8), 10);

		assertThat(table.rows().get(0).cells()).containsExactly("+86 138", "'it''s");
	}

	@Test
	void refusesAnUnterminatedQuote() {
		assertThatThrownBy(() -> SpreadsheetReader.read("e.csv", "A,B\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOfSatisfying(SpreadsheetException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
				assertThat(e.arguments()).containsExactly(2);
			});
	}

	@Test
	void readsXlsxDatesNumbersAndFormulaResultsAsText() throws IOException {
		byte[] content;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("员工");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("工号");
			header.createCell(1).setCellValue("入职日期");
			header.createCell(2).setCellValue("手机号");
			header.createCell(3).setCellValue("姓名");
			header.createCell(4).setCellValue("最后工作日");
			CellStyle iso = workbook.createCellStyle();
			iso.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
			CellStyle chinese = workbook.createCellStyle();
			chinese.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			Row data = sheet.createRow(1);
			data.createCell(0).setCellValue(1001);
			var hired = data.createCell(1);
			hired.setCellValue(LocalDate.of(2021, 3, 9));
			hired.setCellStyle(iso);
			data.createCell(2).setCellValue(13800138000d);
			data.createCell(3).setCellFormula("\"张\"&\"三\"");
			var left = data.createCell(4);
			left.setCellFormula("DATE(2024,12,31)");
			left.setCellStyle(chinese);
			sheet.createRow(3).createCell(0).setCellValue("E-3"); // row 4, cells after a gap
			sheet.getRow(3).createCell(3).setCellValue(" 李四 ");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			content = bytes(workbook);
		}

		Table table = SpreadsheetReader.read("staff.xlsx", content, 100);

		assertThat(table.headers()).containsExactly("工号", "入职日期", "手机号", "姓名", "最后工作日");
		assertThat(table.rows().get(0).cells()).containsExactly("1001", "2021-03-09", "13800138000", "张三", "2024-12-31");
		assertThat(table.rows().get(1).number()).isEqualTo(4);
		assertThat(table.rows().get(1).cells()).containsExactly("E-3", "", "", "李四");
	}

	@Test
	void refusesAnOldXlsWorkbookWhateverItIsCalled() throws IOException {
		byte[] xls;
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("s").createRow(0).createCell(0).setCellValue("工号");
			xls = bytes(workbook);
		}

		assertReason(() -> SpreadsheetReader.read("staff.xls", xls, 10), Reason.XLS);
		assertReason(() -> SpreadsheetReader.read("staff.xlsx", xls, 10), Reason.XLS);
		assertReason(() -> SpreadsheetReader.read("staff.csv", xls, 10), Reason.XLS);
	}

	@Test
	void refusesBinaryJunkNamedCsv() {
		byte[] junk = new byte[4096];
		new Random(42).nextBytes(junk);
		junk[10] = 0;
		byte[] png = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 }, junk);

		assertReason(() -> SpreadsheetReader.read("staff.csv", junk, 10), Reason.NOT_TEXT);
		assertReason(() -> SpreadsheetReader.read("staff.csv", png, 10), Reason.NOT_TEXT);
		assertReason(() -> SpreadsheetReader.read("staff.csv", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 10),
				Reason.NOT_TEXT);
	}

	@Test
	void refusesAWorkbookNamedCsvAndTextNamedXlsx() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("s").createRow(0).createCell(0).setCellValue("工号");
			xlsx = bytes(workbook);
		}

		assertReason(() -> SpreadsheetReader.read("staff.csv", xlsx, 10), Reason.NOT_TEXT);
		assertReason(() -> SpreadsheetReader.read("staff.xlsx", "工号\nE1\n".getBytes(StandardCharsets.UTF_8), 10),
				Reason.NOT_XLSX);
		assertReason(() -> SpreadsheetReader.read("staff.xlsx", XlsxFiles.zip("hello.txt", "hi"), 10), Reason.NOT_XLSX);
		assertReason(() -> SpreadsheetReader.read("staff.pdf", "工号\nE1\n".getBytes(StandardCharsets.UTF_8), 10),
				Reason.UNSUPPORTED_TYPE);
	}

	@Test
	void refusesEmptyFilesAndFilesWithoutData() throws IOException {
		byte[] emptyWorkbook;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("s");
			emptyWorkbook = bytes(workbook);
		}

		assertReason(() -> SpreadsheetReader.read("e.csv", new byte[0], 10), Reason.EMPTY);
		assertReason(() -> SpreadsheetReader.read("e.csv", concat(BOM, "\r\n , \r\n".getBytes(StandardCharsets.UTF_8)), 10),
				Reason.EMPTY);
		assertReason(() -> SpreadsheetReader.read("e.xlsx", emptyWorkbook, 10), Reason.EMPTY);
		assertReason(() -> SpreadsheetReader.read("e.csv", "工号,姓名\r\n".getBytes(StandardCharsets.UTF_8), 10),
				Reason.NO_DATA);
	}

	@Test
	void capsTheNumberOfDataRows() throws IOException {
		byte[] csv = "No\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8);
		byte[] tooLong = "No\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8);
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("s");
			for (int i = 0; i <= 4; i++) {
				sheet.createRow(i).createCell(0).setCellValue(i == 0 ? "No" : String.valueOf(i));
			}
			xlsx = bytes(workbook);
		}

		assertThat(SpreadsheetReader.read("e.csv", csv, 3).rows()).hasSize(3);
		assertThatThrownBy(() -> SpreadsheetReader.read("e.csv", tooLong, 3))
			.isInstanceOfSatisfying(SpreadsheetException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
				assertThat(e.arguments()).containsExactly(3);
			});
		assertReason(() -> SpreadsheetReader.read("e.xlsx", xlsx, 3), Reason.TOO_MANY_ROWS);
		assertThat(SpreadsheetReader.read("e.xlsx", xlsx, 4).rows()).hasSize(4);
	}

	@Test
	void neverResolvesExternalEntitiesInAWorkbook() throws IOException {
		java.nio.file.Path secret = java.nio.file.Files.createTempFile("lodestar-secret", ".txt");
		java.nio.file.Files.writeString(secret, "TOP-SECRET-VALUE");
		try {
			String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
					+ secret.toUri() + "\">]>";
			byte[] viaSheet = XlsxFiles.withSheetXml(doctype + """
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
					<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>
					<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>
					</sheetData></worksheet>""");
			assertNoSecret(viaSheet);
		}
		finally {
			java.nio.file.Files.deleteIfExists(secret);
		}
	}

	@Test
	void refusesAZipBomb() throws IOException {
		// a sheet that inflates more than a hundredfold: POI's minimum inflate ratio (kept at its default) stops it
		String padding = " ".repeat(8_000_000);
		byte[] bomb = XlsxFiles.withSheetXml("""
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
				<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>""" + padding + """
				<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>""");

		assertThat(bomb.length).isLessThan(200_000);
		assertReason(() -> SpreadsheetReader.read("bomb.xlsx", bomb, 10), Reason.UNREADABLE);
	}

	private static void assertNoSecret(byte[] workbook) {
		try {
			Table table = SpreadsheetReader.read("x.xlsx", workbook, 10);
			assertThat(table.rows().toString()).doesNotContain("TOP-SECRET-VALUE");
		}
		catch (SpreadsheetException refused) {
			assertThat(refused.reason()).isEqualTo(Reason.UNREADABLE);
		}
	}

	private static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
		assertThatThrownBy(call).isInstanceOfSatisfying(SpreadsheetException.class,
				e -> assertThat(e.reason()).isEqualTo(reason));
	}

	static byte[] bytes(org.apache.poi.ss.usermodel.Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] all = new byte[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
