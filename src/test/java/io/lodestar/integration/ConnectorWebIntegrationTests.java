package io.lodestar.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Connectors through the pages and the API: who may use them, what is refused when saved, that the password is
 * encrypted at rest and never appears in a page, an API response or the audit trail, "test connection" and
 * "run now".
 */
@IntegrationTest
class ConnectorWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	KpiLibrary library;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	record Setup(Fixtures.Company company, UUID definition, UUID year, ErpDatabase erp, String table) {
	}

	private Setup setup() {
		Fixtures.Company company = fixtures.company();
		UUID definition = SystemActor.runAs(company.id(),
				() -> library.create(company.hr().principal(), ConnectorTestData.lossRateDefinition()).id());
		UUID year = calendar.current(company.id(), PeriodKind.YEAR).id();
		ErpDatabase erp = ErpDatabase.create();
		String table = erp.table("loss");
		erp.execute("create table " + table + " (employee_no varchar(20), loss_rate numeric(8, 3))",
				"insert into " + table + " values ('E-1', 4.25)", "insert into " + table + " values ('E-2', 5.5)");
		return new Setup(company, definition, year, erp, table);
	}

	private String body(Setup setup, String name, String query, String password, Long version) {
		return """
				{"name": "%s", "jdbcUrl": "%s", "username": "%s", %s "query": "%s", "mode": "ROWS",
				 "definitionId": "%s", "kpiPeriodId": "%s", "schedule": "DAILY", "hour": 5, "enabled": true %s}
				""".formatted(name, setup.erp().url(), setup.erp().user(),
				password == null ? "" : "\"password\": \"" + password + "\",", query, setup.definition(), setup.year(),
				version == null ? "" : ", \"version\": " + version);
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		return mvc.perform(request.with(Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private String storedSecret(UUID tenant) {
		return jdbc.sql("select password_secret from integration_connector where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(String.class)
			.single();
	}

	@Test
	void thePasswordIsEncryptedAtRestAndNeverShownInPagesApiOrAudit() throws Exception {
		Setup setup = setup();
		String password = setup.erp().password();
		String token = fixtures.token(setup.company().hr(), TokenScope.READ, TokenScope.WRITE);
		String created = send(post("/api/v1/connectors"), token,
				body(setup, "ERP loss", "select employee_no, loss_rate from " + setup.table(), password, null))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/connectors/")))
			.andExpect(jsonPath("$.passwordSet").value(true))
			.andExpect(jsonPath("$.nextRunAt").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		assertThat(created).doesNotContain(password).doesNotContain("\"password\"");

		String secret = storedSecret(setup.company().id());
		assertThat(secret).startsWith("v1:").doesNotContain(password);
		assertThat(jdbc.sql("select count(*) from integration_connector where tenant_id = :tenant and (password_secret "
				+ "like :plain or query_sql like :plain or jdbc_url like :plain)")
			.param("tenant", setup.company().id())
			.param("plain", "%" + password + "%")
			.query(Long.class)
			.single()).isZero();

		List<String> responses = List.of(
				mvc.perform(get("/api/v1/connectors").with(Api.bearer(token))).andReturn().getResponse().getContentAsString(),
				mvc.perform(get("/api/v1/connectors/{id}", id).with(Api.bearer(token))).andReturn().getResponse()
					.getContentAsString(),
				page("/admin/connectors", setup), page("/admin/connectors/" + id, setup),
				page("/admin/connectors/" + id + "/edit", setup));
		responses.forEach(response -> assertThat(response).contains("ERP loss").doesNotContain(password)
			.doesNotContain(secret));
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :tenant and entity_type = "
				+ "'connector' and (after_state like :plain or after_state like :secret)")
			.param("tenant", setup.company().id())
			.param("plain", "%" + password + "%")
			.param("secret", "%" + secret.substring(3, 20) + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :tenant and entity_type = "
				+ "'connector' and action = 'CREATE'")
			.param("tenant", setup.company().id())
			.query(Long.class)
			.single()).isEqualTo(1);

		// the run decrypts it: in the H2 run the ERP database refuses any other password
		send(post("/api/v1/connectors/{id}/runs", id), token, "")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PARTIAL"))
			.andExpect(jsonPath("$.problems[0].employeeNo").value("E-1"))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("E-1")));
	}

	@Test
	void anEditWithABlankPasswordKeepsTheStoredOneAndANewOneReplacesIt() throws Exception {
		Setup setup = setup();
		String token = fixtures.token(setup.company().hr(), TokenScope.READ, TokenScope.WRITE);
		String id = JsonPath.read(send(post("/api/v1/connectors"), token,
				body(setup, "ERP", "select employee_no, loss_rate from " + setup.table(), setup.erp().password(), null))
			.andReturn().getResponse().getContentAsString(), "$.id");
		String secret = storedSecret(setup.company().id());

		mvc.perform(post("/admin/connectors/{id}/edit", id).with(Fixtures.as(setup.company().hr())).with(csrf())
			.param("name", "ERP renamed").param("jdbcUrl", setup.erp().url()).param("username", setup.erp().user())
			.param("password", "").param("query", "select employee_no, loss_rate from " + setup.table())
			.param("mode", "ROWS").param("definitionId", setup.definition().toString())
			.param("kpiPeriodId", setup.year().toString()).param("valuePeriod", "CURRENT_MONTH")
			.param("schedule", "MANUAL").param("enabled", "true").param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/connectors/*"));
		assertThat(storedSecret(setup.company().id())).isEqualTo(secret);
		send(post("/api/v1/connectors/{id}/runs", id), token, "").andExpect(jsonPath("$.errorCode").doesNotExist());

		send(put("/api/v1/connectors/{id}", id), token,
				body(setup, "ERP renamed", "select employee_no, loss_rate from " + setup.table(), "Another-Secret-99", 1L))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("ERP renamed"))
			.andExpect(jsonPath("$.version").value(2));
		assertThat(storedSecret(setup.company().id())).isNotEqualTo(secret).doesNotContain("Another-Secret-99");
		send(put("/api/v1/connectors/{id}", id), token,
				body(setup, "Stale", "select employee_no, loss_rate from " + setup.table(), null, 1L))
			.andExpect(status().isConflict());
		// pointing the connector elsewhere needs the password again: the stored one never leaves for another server
		String elsewhere = body(setup, "ERP renamed", "select employee_no, loss_rate from " + setup.table(), null, 2L)
			.replace(setup.erp().url(), "jdbc:postgresql://attacker.example.com/erp");
		send(put("/api/v1/connectors/{id}", id), token, elsewhere)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("integration.connector.password.reenter"))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		assertThat(jdbc.sql("select jdbc_url from integration_connector where tenant_id = :tenant")
			.param("tenant", setup.company().id()).query(String.class).single()).isEqualTo(setup.erp().url());
	}

	@Test
	void writingStatementsAndUnsupportedDatabasesAreRefusedWhenSaved() throws Exception {
		Setup setup = setup();
		String token = fixtures.token(setup.company().hr(), TokenScope.READ, TokenScope.WRITE);
		send(post("/api/v1/connectors"), token, body(setup, "Writer", "delete from " + setup.table(), null, null))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("integration.connector.query.select-only"))
			.andExpect(jsonPath("$.errors[0].field").value("query"));
		send(post("/api/v1/connectors"), token,
				body(setup, "Two", "select 1, 2; drop table " + setup.table(), null, null))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("integration.connector.query.one-statement"));
		String mysql = body(setup, "MySQL", "select 1, 2", null, null).replace(setup.erp().url(),
				"jdbc:mysql://erp.example.com/erp");
		send(post("/api/v1/connectors"), token, mysql)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("integration.connector.url.unsupported"))
			.andExpect(jsonPath("$.detail").value(containsString("PostgreSQL")));
		String form = mvc.perform(post("/admin/connectors/new").with(Fixtures.as(setup.company().hr())).with(csrf())
			.param("name", "Writer").param("jdbcUrl", setup.erp().url()).param("query", "update x set y = 1")
			.param("mode", "ROWS").param("definitionId", setup.definition().toString())
			.param("kpiPeriodId", setup.year().toString()).param("password", "Typed-Secret-55")
			.param("schedule", "MANUAL"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("The query must be a SELECT").doesNotContain("Typed-Secret-55");
		assertThat(jdbc.sql("select count(*) from integration_connector where tenant_id = :tenant")
			.param("tenant", setup.company().id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyHrAdministratorsReachConnectors() throws Exception {
		Setup setup = setup();
		String hrToken = fixtures.token(setup.company().hr(), TokenScope.READ, TokenScope.WRITE);
		String id = JsonPath.read(send(post("/api/v1/connectors"), hrToken,
				body(setup, "ERP", "select employee_no, loss_rate from " + setup.table(), null, null))
			.andReturn().getResponse().getContentAsString(), "$.id");
		for (Fixtures.Person person : List.of(setup.company().employee(), setup.company().manager(),
				setup.company().executive())) {
			for (String path : List.of("/admin/connectors", "/admin/connectors/new", "/admin/connectors/" + id,
					"/admin/connectors/" + id + "/edit")) {
				mvc.perform(get(path).with(Fixtures.as(person))).andExpect(status().isForbidden());
			}
			mvc.perform(post("/admin/connectors/{id}/run", id).with(Fixtures.as(person)).with(csrf()))
				.andExpect(status().isForbidden());
			String token = fixtures.token(person, TokenScope.READ, TokenScope.WRITE);
			mvc.perform(get("/api/v1/connectors").with(Api.bearer(token))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/connectors/{id}/runs", id).with(Api.bearer(token))).andExpect(status().isForbidden());
			send(post("/api/v1/connectors/{id}/runs", id), token, "").andExpect(status().isForbidden());
			send(post("/api/v1/connectors"), token, body(setup, "Mine", "select 1, 2", null, null))
				.andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from integration_connector_run where tenant_id = :tenant")
			.param("tenant", setup.company().id())
			.query(Long.class)
			.single()).isZero();
		String page = page("/", setup);
		assertThat(page).contains("/admin/connectors");
		assertThat(mvc.perform(get("/").with(Fixtures.as(setup.company().employee()))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("/admin/connectors");
	}

	@Test
	void testConnectionShowsTheFirstRowsAndRecordsNothingWhileRunNowRecordsAndShowsTheRun() throws Exception {
		Setup setup = setup();
		String token = fixtures.token(setup.company().hr(), TokenScope.READ, TokenScope.WRITE);
		String id = JsonPath.read(send(post("/api/v1/connectors"), token,
				body(setup, "ERP", "select employee_no as emp_no, loss_rate from " + setup.table() + " order by 1",
						setup.erp().password(), null))
			.andReturn().getResponse().getContentAsString(), "$.id");
		String preview = mvc.perform(post("/admin/connectors/{id}/test", id).with(Fixtures.as(setup.company().hr()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("data-test=\"preview\"").containsIgnoringCase("emp_no").contains("E-2")
			.contains("5.5").contains("nothing was recorded");
		assertThat(jdbc.sql("select count(*) from integration_connector_run where tenant_id = :tenant")
			.param("tenant", setup.company().id()).query(Long.class).single()).isZero();

		mvc.perform(post("/admin/connectors/{id}/run", id).with(Fixtures.as(setup.company().hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String details = page("/admin/connectors/" + id, setup);
		// nobody has a KPI of this definition in the current year: both rows are reported, none recorded
		assertThat(details).contains("data-test=\"runs\"").contains("Partly recorded").contains("run-problems")
			.contains("employee number E-1");
		assertThat(jdbc.sql("select actor_user_id from platform_audit_event where tenant_id = :tenant and entity_type = "
				+ "'connector' and action = 'RUN'")
			.param("tenant", setup.company().id())
			.query(UUID.class)
			.single()).as("who ran it").isEqualTo(setup.company().hr().userId());
		mvc.perform(get("/api/v1/connectors/{id}/runs", id).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].skipped").value(2))
			.andExpect(jsonPath("$.items[0].trigger").value("MANUAL"));

		plantBrokenQuery(setup, token, id);
		String list = page("/admin/connectors", setup);
		assertThat(list).contains("data-test=\"last-error\"").contains("The query failed");
	}

	private void plantBrokenQuery(Setup setup, String token, String id) throws Exception {
		send(put("/api/v1/connectors/{id}", id), token,
				body(setup, "ERP", "select employee_no, loss_rate from gone_" + setup.table(), null, 0L))
			.andExpect(status().isOk());
		send(post("/api/v1/connectors/{id}/runs", id), token, "")
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.errorCode").value("integration.run.error.query"))
			.andExpect(jsonPath("$.error").value(containsString("gone_")));
	}

	private String page(String path, Setup setup) throws Exception {
		return mvc.perform(get(path).with(Fixtures.as(setup.company().hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
