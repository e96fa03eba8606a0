package io.lodestar.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Hand-made .xlsx packages for tests that need XML a normal writer would never produce. */
final class XlsxFiles {

	private XlsxFiles() {
	}

	static byte[] zip(String name, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** A valid workbook whose first sheet's XML is replaced by the given text. */
	static byte[] withSheetXml(String sheetXml) throws IOException {
		byte[] original;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("s").createRow(0).createCell(0).setCellValue("placeholder");
			original = SpreadsheetReaderTests.bytes(workbook);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
