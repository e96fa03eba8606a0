package io.lodestar.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/** Bulk exports of personal data: asked for with a reason, approved by HR, downloaded once, all logged. */
@IntegrationTest
class ExportApprovalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private ResultActions ask(String token, String body) throws Exception {
		return mvc.perform(post("/api/v1/privacy/export-requests").with(Api.bearer(token))
			.contentType("application/json").content(body));
	}

	private UUID id(ResultActions result) throws Exception {
		return UUID.fromString(json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString());
	}

	@Test
	void aManagersExportWaitsForHrThenDownloadsOnceAndNeverAgain() throws Exception {
		var company = fixtures.company();
		String manager = fixtures.token(company.manager(), TokenScope.READ, TokenScope.WRITE);
		String hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);

		ask(manager, "{\"kind\":\"EMPLOYEE_DIRECTORY\",\"reason\":\"\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		ask(fixtures.token(company.employee(), TokenScope.READ, TokenScope.WRITE),
				"{\"kind\":\"EMPLOYEE_DIRECTORY\",\"reason\":\"curious\"}").andExpect(status().isForbidden());
		UUID request = id(ask(manager, "{\"kind\":\"EMPLOYEE_DIRECTORY\",\"reason\":\"Team offsite list\"}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING")));

		// not approved: refused, and a manager cannot approve
		mvc.perform(get("/api/v1/privacy/export-requests/" + request + "/download").with(Api.bearer(manager)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/privacy/export-requests/" + request + "/approve").with(Api.bearer(manager)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/v1/privacy/export-requests/" + request + "/approve").with(Api.bearer(hr)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		// only the requester downloads; HR gets "not found", not the file
		mvc.perform(get("/api/v1/privacy/export-requests/" + request + "/download").with(Api.bearer(hr)))
			.andExpect(status().isNotFound());
		byte[] file = mvc.perform(get("/api/v1/privacy/export-requests/" + request + "/download")
			.with(Api.bearer(manager))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(cells(file)).contains(company.colleague().email()).contains("+86 138 0000");
		mvc.perform(get("/api/v1/privacy/export-requests/" + request + "/download").with(Api.bearer(manager)))
			.andExpect(status().isConflict());

		assertThat(jdbc.sql("select action from platform_audit_event where tenant_id = :t and entity_type = "
				+ "'export-request' order by occurred_at").param("t", company.id()).query(String.class).list())
			.containsExactly("REQUEST", "APPROVE", "DOWNLOAD");
	}

	@Test
	void aRejectedOrExpiredExportCannotBeDownloadedAndOtherCompaniesCannotSeeIt() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		String manager = fixtures.token(company.manager(), TokenScope.READ, TokenScope.WRITE);
		String hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		UUID rejected = id(ask(manager, "{\"kind\":\"ATTENDANCE_PUNCHES\",\"reason\":\"Audit\"}"));
		UUID expired = id(ask(manager, "{\"kind\":\"ATTENDANCE_PUNCHES\",\"reason\":\"Audit again\"}"));

		mvc.perform(post("/api/v1/privacy/export-requests/" + rejected + "/approve")
			.with(Api.bearer(fixtures.token(other.hr(), TokenScope.READ, TokenScope.WRITE))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/privacy/export-requests/" + rejected + "/reject").with(Api.bearer(hr)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/privacy/export-requests/" + rejected + "/approve").with(Api.bearer(hr)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/privacy/export-requests/" + rejected + "/download").with(Api.bearer(manager)))
			.andExpect(status().isConflict());

		mvc.perform(post("/api/v1/privacy/export-requests/" + expired + "/approve").with(Api.bearer(hr)))
			.andExpect(status().isOk());
		jdbc.sql("update privacy_export_request set expires_at = :past where id = :id")
			.param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).param("id", expired)
			.update();
		mvc.perform(get("/api/v1/privacy/export-requests/" + expired + "/download").with(Api.bearer(manager)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/privacy/export-requests").with(Api.bearer(manager)))
			.andExpect(jsonPath("$[?(@.id == '" + expired + "')].status").value(org.hamcrest.Matchers.hasItem("EXPIRED")))
			.andExpect(jsonPath("$[?(@.id == '" + rejected + "')].status").value(org.hamcrest.Matchers.hasItem("REJECTED")));

		mvc.perform(get("/api/v1/privacy/export-requests").with(Api.bearer(manager)))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/privacy/export-requests")
			.with(Api.bearer(fixtures.token(other.hr(), TokenScope.READ)))).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theExportPagesWorkForRequesterAndHr() throws Exception {
		var company = fixtures.company();
		mvc.perform(post("/privacy/exports").with(Fixtures.as(company.manager()))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("kind", "EMPLOYEE_DIRECTORY").param("reason", "Offsite"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/privacy/exports").with(Fixtures.as(company.hr()))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Offsite")));
		mvc.perform(get("/privacy/exports").with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
	}

	static String cells(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell))
				.append('|'))));
		}
		return text.toString();
	}

}
