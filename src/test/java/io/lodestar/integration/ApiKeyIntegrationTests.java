package io.lodestar.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.engagement.EngagementScenario;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Integration API keys: shown once and stored as a hash, limited to their scopes, refused when revoked,
 * expired or used from another address, every call audited under the key's name, and blind to other companies.
 */
@IntegrationTest
class ApiKeyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	private String key(Fixtures.Company company, String addresses, TokenScope... scopes) {
		return SystemActor.runAs(company.id(), () -> keys.issue(company.hr().principal(),
				new NewApiKey("ERP " + UUID.randomUUID(), EnumSet.of(scopes[0], scopes), null, addresses))).key();
	}

	@Test
	void aKeyIsShownOnceStoredAsAHashAndCallsOnlyWhatItsScopesAllow() throws Exception {
		var company = fixtures.company();
		String created = mvc.perform(post("/api/v1/integration/api-keys").with(Fixtures.as(company.hr())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"SAP HR\", \"scopes\": [\"PEOPLE_READ\"], \"expiresOn\": \"2099-12-31\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.details.prefix").value(org.hamcrest.Matchers.startsWith("lsk_")))
			.andReturn().getResponse().getContentAsString();
		String key = com.jayway.jsonpath.JsonPath.read(created, "$.key");
		assertThat(jdbc.sql("select count(*) from integration_api_key where key_hash = :k or key_prefix = :k")
			.param("k", key).query(Long.class).single()).isZero();
		mvc.perform(get("/api/v1/integration/api-keys").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(key))));

		mvc.perform(get("/api/v1/employees").with(Api.bearer(key)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].employeeNo").value(org.hamcrest.Matchers.hasItems("E-1", "HR-1")));
		// restricted fields: a key sees the whole company within its scope, like HR
		mvc.perform(get("/api/v1/employees/{id}", company.employee().employeeId()).with(Api.bearer(key)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restricted").value(false));
		for (String outside : new String[] { "/api/v1/me", "/api/v1/users", "/api/v1/goals", "/api/v1/audit-events",
				"/api/v1/integration/api-keys", "/api/v1/integration/webhooks", "/api/v1/tokens",
				"/api/v1/appraisal/cycles" }) {
			mvc.perform(get(outside).with(Api.bearer(key)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		}
		mvc.perform(post("/api/v1/employees/{id}/departure", company.employee().employeeId()).with(Api.bearer(key))
			.contentType(MediaType.APPLICATION_JSON).content("{\"lastDay\": \"2026-04-30\"}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from people_employee where tenant_id = :t and id = :id")
			.param("t", company.id()).param("id", company.employee().employeeId()).query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	@Test
	void everyCallIsAuditedUnderTheKeysNameAndStampsLastUse() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "Sales");
		var issued = SystemActor.runAs(company.id(), () -> keys.issue(company.hr().principal(),
				new NewApiKey("MES bridge", Set.of(TokenScope.MEASUREMENTS_WRITE), null, null)));
		int lastYear = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
		mvc.perform(post("/api/v1/measurements/batch").with(Api.bearer(issued.key()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": [{\"kpiId\": \"" + kpi + "\", \"value\": 1200, \"measuredOn\": \"" + lastYear
					+ "-06-30\", \"idempotencyKey\": \"mes-1\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded.length()").value(1));
		assertThat(jdbc.sql("select entered_by_name from kpi_measurement where tenant_id = :t and kpi_id = :k")
			.param("t", company.id()).param("k", kpi).query(String.class).single()).isEqualTo("MES bridge");
		assertThat(jdbc.sql("select actor_name || ' ' || summary from platform_audit_event where tenant_id = :t "
				+ "and action = 'API_KEY_USED'").param("t", company.id()).query(String.class).list())
			.containsExactly("MES bridge POST /api/v1/measurements/batch");
		assertThat(jdbc.sql("select last_used_at from integration_api_key where id = :id")
			.param("id", issued.details().id()).query(java.sql.Timestamp.class).single()).isNotNull();
	}

	@Test
	void revokedExpiredAndOutOfRangeKeysAreRefused() throws Exception {
		var company = fixtures.company();
		String revoked = key(company, null, TokenScope.PEOPLE_READ);
		String expired = key(company, null, TokenScope.PEOPLE_READ);
		String elsewhere = key(company, "10.9.0.0/16, 2001:db8::/32", TokenScope.PEOPLE_READ);
		String here = key(company, "10.9.0.0/16, 127.0.0.1", TokenScope.PEOPLE_READ);
		UUID revokedId = jdbc.sql("select id from integration_api_key where key_hash = :h")
			.param("h", ApiKeys.sha256(revoked)).query(UUID.class).single();
		mvc.perform(post("/api/v1/integration/api-keys/{id}/revocation", revokedId).with(Fixtures.as(company.hr()))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.revokedAt").isNotEmpty());
		jdbc.sql("update integration_api_key set expires_at = :past where key_hash = :h")
			.param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)))
			.param("h", ApiKeys.sha256(expired)).update();
		for (String refused : new String[] { revoked, expired, elsewhere, "lsk_" + "x".repeat(40) }) {
			mvc.perform(get("/api/v1/employees").with(Api.bearer(refused)))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/unauthorized"));
		}
		mvc.perform(get("/api/v1/employees").with(Api.bearer(here))).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'API_KEY_REFUSED'")
			.param("t", company.id()).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void anotherCompanysDataIsOutOfReach() throws Exception {
		var a = fixtures.company();
		var b = fixtures.company();
		String keyOfA = key(a, null, TokenScope.PEOPLE_READ, TokenScope.GOALS_READ, TokenScope.MEASUREMENTS_WRITE);
		UUID kpiOfB = EngagementScenario.salesKpi(kpis, calendar, b, b.employee(), "B sales");
		mvc.perform(get("/api/v1/employees/{id}", b.employee().employeeId()).with(Api.bearer(keyOfA)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/goals/{id}", kpiOfB).with(Api.bearer(keyOfA))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/employees").param("q", b.code().toLowerCase()).param("status", "ALL")
			.with(Api.bearer(keyOfA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		int lastYear = calendar.fiscalYearOf(b.id(), calendar.today(b.id())) - 1;
		mvc.perform(post("/api/v1/measurements/batch").with(Api.bearer(keyOfA)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": [{\"kpiId\": \"" + kpiOfB + "\", \"value\": 1, \"measuredOn\": \"" + lastYear
					+ "-06-30\"}]}"))
			.andExpect(status().is4xxClientError());
		assertThat(jdbc.sql("select count(*) from kpi_measurement where tenant_id = :t").param("t", b.id())
			.query(Long.class).single()).isZero();
		// and B's HR cannot see or revoke A's keys
		UUID keyIdOfA = jdbc.sql("select id from integration_api_key where key_hash = :h")
			.param("h", ApiKeys.sha256(keyOfA)).query(UUID.class).single();
		mvc.perform(post("/api/v1/integration/api-keys/{id}/revocation", keyIdOfA).with(Fixtures.as(b.hr())).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsManageKeysAndPersonalTokensCannotTakeKeyScopes() throws Exception {
		var company = fixtures.company();
		mvc.perform(get("/api/v1/integration/api-keys").with(Fixtures.as(company.manager())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/api-keys").with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/integration/api-keys").with(Fixtures.as(company.hr())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"scopes\": [\"WRITE\"]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scopes"));
		mvc.perform(post("/api/v1/integration/api-keys").with(Fixtures.as(company.hr())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"scopes\": [\"PEOPLE_READ\"], \"allowedAddresses\": \"erp.example.com\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("allowedAddresses"));
		mvc.perform(post("/api/v1/tokens").with(Fixtures.as(company.hr())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"scopes\": [\"PEOPLE_READ\"]}"))
			.andExpect(status().isUnprocessableEntity());
		assertThat(jdbc.sql("select count(*) from integration_api_key where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void thePageShowsANewKeyOnceAndRevokesIt() throws Exception {
		var company = fixtures.company();
		String page = mvc.perform(post("/admin/api-keys").with(Fixtures.as(company.hr())).with(csrf())
			.param("name", "考勤机桥接").param("scopes", "ATTENDANCE_WRITE").param("expiresOn", "2099-01-31")
			.param("allowedAddresses", "10.20.0.0/16"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-test=\"issued-key\"").contains("考勤机桥接").contains("10.20.0.0/16");
		String key = page.replaceAll("(?s).*<code id=\"new-key\">(lsk_[A-Za-z0-9]+)</code>.*", "$1");
		assertThat(key).startsWith("lsk_").hasSize(44);
		String again = mvc.perform(get("/admin/api-keys").with(Fixtures.as(company.hr())).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).doesNotContain(key).contains(key.substring(0, 8)).contains("考勤推送");
		mvc.perform(post("/admin/api-keys").with(Fixtures.as(company.hr())).with(csrf()).param("name", "")
			.param("allowedAddresses", "erp.example.com"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("issued-key"))));
		UUID id = jdbc.sql("select id from integration_api_key where tenant_id = :t").param("t", company.id())
			.query(UUID.class).single();
		mvc.perform(post("/admin/api-keys/{id}/revoke", id).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/attendance/devices").with(Api.bearer(key))).andExpect(status().isUnauthorized());
	}

}
