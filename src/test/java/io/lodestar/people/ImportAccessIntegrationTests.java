package io.lodestar.people;

import static io.lodestar.people.ImportTestSupport.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.ImportStatus;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class ImportAccessIntegrationTests {

	static final String FILE = "工号,姓名,部门编码\nA-1,甲,SALES\nA-2,乙,SALES-EAST\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	ImportTestSupport imports;

	@BeforeEach
	void setUp() {
		imports = new ImportTestSupport(mvc, jobs, jdbc);
	}

	@Test
	void thePageOffersTemplatesExportsAndRecentJobs() throws Exception {
		var company = fixtures.company();
		imports.check(company.hr(), "employees", "第一批员工.csv", csv(FILE));

		mvc.perform(get("/admin/imports").header("Accept-Language", "zh-CN").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/imports/templates/employees.xlsx?language=zh-CN")))
			.andExpect(content().string(containsString("/admin/imports/templates/org-units.csv?language=en")))
			.andExpect(content().string(containsString("/people/export.xlsx")))
			.andExpect(content().string(containsString("/admin/org-units/export.xlsx")))
			.andExpect(content().string(containsString("第一批员工.csv")))
			.andExpect(content().string(containsString("待确认导入")))
			.andExpect(content().string(containsString("新增 2，更新 0，无变化 0")));
	}

	@Test
	void employeesAndManagersCannotImport() throws Exception {
		var company = fixtures.company();
		var job = imports.check(company.hr(), "employees", "a.csv", csv(FILE));
		for (var who : java.util.List.of(company.employee(), company.manager(), company.executive())) {
			mvc.perform(get("/admin/imports").with(Fixtures.as(who))).andExpect(status().isForbidden());
			mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "a.csv", "text/csv", csv(FILE)))
				.param("kind", "employees").with(csrf()).with(Fixtures.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/imports/{id}", job.id()).with(Fixtures.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/imports/templates/employees.xlsx").with(Fixtures.as(who)))
				.andExpect(status().isForbidden());
			mvc.perform(multipart("/api/v1/imports/employees").file(new MockMultipartFile("file", "a.csv", "text/csv", csv(FILE)))
				.header("Authorization", "Bearer " + fixtures.token(who, TokenScope.READ, TokenScope.WRITE)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/forbidden"));
		}
		assertThat(imports.employees(company.id())).isEqualTo(5);
	}

	@Test
	void apiDryRunOnlyChecksAndConfirmingTwiceImportsOnce() throws Exception {
		var company = fixtures.company();
		String token = "Bearer " + fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		long changes = imports.changes(company.id());

		String body = mvc.perform(multipart("/api/v1/imports/employees")
			.file(new MockMultipartFile("file", "a.csv", "text/csv", csv(FILE))).param("dryRun", "true")
			.header("Authorization", token))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/imports/")))
			.andExpect(jsonPath("$.status").value("READY"))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.errorCount").value(0))
			.andReturn().getResponse().getContentAsString();
		String id = body.replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
		assertThat(imports.employees(company.id())).isEqualTo(5);

		mvc.perform(post("/api/v1/imports/{id}/confirm", id).header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		mvc.perform(post("/api/v1/imports/{id}/confirm", id).header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.created").value(2));

		assertThat(imports.employees(company.id())).isEqualTo(7);
		assertThat(imports.changes(company.id())).isEqualTo(changes + 2);
		mvc.perform(get("/api/v1/imports/{id}", id).header("Authorization", token))
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.percent").value(100));
	}

	@Test
	void apiWithoutDryRunImportsAtOnceOrReportsProblemsInTheCallersLanguage() throws Exception {
		var company = fixtures.company();
		String token = "Bearer " + fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);

		mvc.perform(multipart("/api/v1/imports/employees").file(new MockMultipartFile("file", "a.csv", "text/csv", csv(FILE)))
			.header("Authorization", token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.created").value(2));
		mvc.perform(multipart("/api/v1/imports/employees")
			.file(new MockMultipartFile("file", "b.csv", "text/csv", csv("工号,姓名,部门编码\nB-1,,SALES\n")))
			.header("Authorization", token).header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.status").value("INVALID"))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("姓名"))
			.andExpect(jsonPath("$.errors[0].code").value("people-import.cell.required"))
			.andExpect(jsonPath("$.errors[0].message").value("此项必填。"));
		assertThat(imports.employees(company.id())).isEqualTo(7);
	}

	@Test
	void refusesFilesThatAreNotWhatTheyClaimWithAMessageTheUserCanActOn() throws Exception {
		var company = fixtures.company();
		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("s").createRow(0).createCell(0).setCellValue("工号");
			workbook.write(xls);
		}

		mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "员工.xls", "application/vnd.ms-excel", xls.toByteArray()))
			.param("kind", "employees").header("Accept-Language", "zh-CN").with(csrf()).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("另存为 .xlsx")));
		mvc.perform(multipart("/api/v1/imports/employees")
			.file(new MockMultipartFile("file", "junk.csv", "text/csv", new byte[] { 0, 1, 2, 3, (byte) 0xFF, 0 }))
			.header("Authorization", "Bearer " + fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("people-import.file.not-text"))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
			.param("kind", "employees").header("Accept-Language", "en").with(csrf()).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is empty.")));
		assertThat(jobs.recent(company.hr().principal(), 10)).isEmpty();
	}

	@Test
	void templatesHaveHeadersInTheChosenLanguageAndImportOnceFilledIn() throws Exception {
		var company = fixtures.company();
		byte[] chinese = mvc.perform(get("/admin/imports/templates/employees.xlsx").param("language", "zh-CN")
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] english = mvc.perform(get("/admin/imports/templates/org-units.xlsx").param("language", "en")
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] csvTemplate = mvc.perform(get("/admin/imports/templates/employees.csv").param("language", "en")
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		assertThat(ImportTestSupport.rows(chinese).get(0)).containsExactly("工号", "姓名", "邮箱", "手机号", "入职日期", "部门编码",
				"岗位编码", "直属上级工号", "状态", "最后工作日");
		assertThat(ImportTestSupport.rows(english).get(0)).containsExactly("Code", "Name", "Parent code", "Kind",
				"Head employee no.");
		assertThat(new String(csvTemplate, StandardCharsets.UTF_8)).isEqualTo("\uFEFFEmployee no.,Name,E-mail,Phone,"
				+ "Hire date,Org unit code,Position code,Manager employee no.,Status,Last day\r\n");

		ByteArrayOutputStream filled = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(chinese))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			var row = workbook.getSheetAt(0).createRow(1);
			String[] values = { "T-1", "孙八", "t1@x.test", "13900000000", "2024-01-02", "SALES", "REP", "M-1", "在职", "" };
			for (int i = 0; i < values.length; i++) {
				row.createCell(i).setCellValue(values[i]);
			}
			workbook.write(filled);
		}
		var job = imports.check(company.hr(), "employees", "模板.xlsx", filled.toByteArray());
		assertThat(job.status()).as("%s", job.report().issues()).isEqualTo(ImportStatus.READY);
		assertThat(job.report().created()).isEqualTo(1);
	}

	@Test
	void theJobFragmentPollsWhileRunningAndAJobCutShortByARestartFails() throws Exception {
		var company = fixtures.company();
		UUID running = insertJob(company.id(), company.hr().userId(), "IMPORTING", Instant.now());
		UUID orphan = insertJob(company.id(), company.hr().userId(), "VALIDATING", Instant.parse("2020-01-01T00:00:00Z"));

		mvc.perform(get("/admin/imports/{id}", running).header("HX-Request", "true").header("Accept-Language", "en")
			.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("style=\"width: 40%\"")))
			.andExpect(content().string(containsString("Importing row 40 of 100")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		mvc.perform(get("/admin/imports/{id}", orphan).header("HX-Request", "true").header("Accept-Language", "en")
			.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))))
			.andExpect(content().string(containsString("The server working on this job stopped while it ran")));
		assertThat(jobs.get(company.hr().principal(), orphan).status()).isEqualTo(ImportStatus.FAILED);
	}

	private UUID insertJob(UUID tenant, UUID user, String status, Instant created) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into platform_import_job (id, tenant_id, user_id, kind, file_name, content, status, total_rows,
				    processed_rows, report, created_at, finished_at, version)
				values (:id, :tenant, :user, 'employees', 'big.csv', null, :status, 100, 40, null, :created, null, 0)
				""")
			.param("id", id).param("tenant", tenant).param("user", user).param("status", status)
			.param("created", Timestamp.from(created)).update();
		return id;
	}

}
