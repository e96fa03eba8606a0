package io.lodestar.people;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Person;

/** Uploads files through the page as a person, waits for the background job, reads workbooks back. */
final class ImportTestSupport {

	private final MockMvc mvc;

	private final ImportJobs jobs;

	private final JdbcClient jdbc;

	ImportTestSupport(MockMvc mvc, ImportJobs jobs, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jobs = jobs;
		this.jdbc = jdbc;
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Uploads through the HTML form and returns the checked job. */
	ImportJob check(Person who, String kind, String fileName, byte[] content) throws Exception {
		String location = mvc
			.perform(multipart("/admin/imports").file(new MockMultipartFile("file", fileName, "text/csv", content))
				.param("kind", kind)
				.with(csrf())
				.with(Fixtures.as(who)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		return jobs.await(who.principal(), id, Duration.ofSeconds(60), false);
	}

	/** Confirms through the page and waits until the import is finished. */
	ImportJob confirm(Person who, UUID id) throws Exception {
		mvc.perform(post("/admin/imports/{id}/confirm", id).with(csrf()).with(Fixtures.as(who)))
			.andExpect(status().is3xxRedirection());
		return jobs.await(who.principal(), id, Duration.ofSeconds(60), true);
	}

	String page(Person who, UUID id, String language) throws Exception {
		return mvc.perform(get("/admin/imports/{id}", id).header("Accept-Language", language).with(Fixtures.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long employees(UUID tenant) {
		return jdbc.sql("select count(*) from people_employee where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

	long units(UUID tenant) {
		return jdbc.sql("select count(*) from people_org_unit where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

	/** Audit records that changed business data (the import summary and exports do not count). */
	long changes(UUID tenant) {
		return jdbc.sql("""
				select count(*) from platform_audit_event
				where tenant_id = :tenant and action in ('CREATE', 'UPDATE', 'MOVE', 'LEAVE', 'REJOIN', 'DELETE')
				""").param("tenant", tenant).query(Long.class).single();
	}

	/** Every sheet row of the first sheet as formatted text. */
	static List<List<String>> rows(byte[] workbook) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
