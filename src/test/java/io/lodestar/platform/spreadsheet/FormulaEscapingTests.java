package io.lodestar.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormulaEscapingTests {

	static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+86 138 0000 0000", "-2+3",
			"@SUM(A1)", "\tcmd", "\rcmd");

	@Test
	void prefixesEveryDangerousStartWithAnApostropheAndLeavesOtherTextAlone() {
		DANGEROUS.forEach(text -> assertThat(FormulaEscaping.escape(text)).isEqualTo("'" + text));
		assertThat(FormulaEscaping.escape("张三")).isEqualTo("张三");
		assertThat(FormulaEscaping.escape("a=b")).isEqualTo("a=b");
		assertThat(FormulaEscaping.escape("")).isEmpty();
		DANGEROUS.forEach(text -> assertThat(FormulaEscaping.unescape(FormulaEscaping.escape(text))).isEqualTo(text));
		assertThat(FormulaEscaping.unescape("'quoted'")).isEqualTo("'quoted'");
	}

	@Test
	void xlsxExportsHaveNoFormulaCellsAndEscapedText() throws IOException {
		byte[] file;
		try (XlsxWriter writer = new XlsxWriter()) {
			var sheet = writer.sheet("导出", List.of(XlsxWriter.Column.text("=Header"), XlsxWriter.Column.text("Text"),
					XlsxWriter.Column.date("Date")));
			for (String text : DANGEROUS) {
				sheet.row(text, "plain " + text.strip(), LocalDate.of(2024, 2, 29));
			}
			file = writer.toBytes();
		}

		List<Cell> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(cells::add);
			}
			assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=Header");
			for (int i = 0; i < DANGEROUS.size(); i++) {
				Row row = sheet.getRow(i + 1);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + DANGEROUS.get(i));
				assertThat(row.getCell(1).getStringCellValue()).doesNotStartWith("'");
				assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
				assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 29));
			}
		}
		// and the reader gives the original text back, so an export can be imported again
		Table table = SpreadsheetReader.read("export.xlsx", file, 100);
		assertThat(table.rows()).extracting(row -> row.cell(0)).containsExactlyElementsOf(DANGEROUS.stream()
			.map(text -> text.replace('\t', ' ').replace('\r', ' ').strip()).toList());
	}

	@Test
	void csvExportsAreQuotedEscapedAndMarkedAsUtf8() {
		byte[] csv = CsvWriter.write(List.of("工号", "备注"), List.of(List.of("E1", "=1+1"), List.of("E2", "a, \"b\"")));

		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF工号,备注\r\n");
		assertThat(text).contains("E1,'=1+1\r\n").contains("E2,\"a, \"\"b\"\"\"\r\n");
		Table table = SpreadsheetReader.read("t.csv", csv, 10);
		assertThat(table.rows().get(0).cells()).containsExactly("E1", "=1+1");
		assertThat(table.rows().get(1).cells()).containsExactly("E2", "a, \"b\"");
	}

	@Test
	void numbersStayNumbersInCsvWhileTextThatLooksLikeANegativeNumberIsEscaped() {
		byte[] csv = CsvWriter.write(List.of("工号", "金额", "说明"),
				List.of(List.of("E1", new java.math.BigDecimal("-200.00"), "-200"), List.of("E2", 1500, "+1")));

		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("E1,-200.00,'-200\r\n").contains("E2,1500,'+1\r\n");
	}

}
