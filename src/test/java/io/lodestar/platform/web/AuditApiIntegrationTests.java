package io.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** The audit trail over the API: HR and system administrators of the company, filtered and paged. */
@IntegrationTest
class AuditApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void hrFindsTheChangesMadeInTheirCompany() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		String created = mvc.perform(post("/api/v1/positions").with(Api.bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"AUD\", \"name\": \"Auditor\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String positionId = JsonPath.read(created, "$.id");
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		mvc.perform(get("/api/v1/audit-events").param("entityType", "position")
			.param("entityId", positionId)
			.param("action", "CREATE")
			.param("from", today)
			.param("to", today)
			.param("actor", "hr@")
			.with(Api.bearer(fixtures.token(company.hr(), TokenScope.READ))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].actorName").value(company.hr().email()))
			.andExpect(jsonPath("$.items[0].actorUserId").value(company.hr().userId().toString()))
			.andExpect(jsonPath("$.items[0].after.name").value("Auditor"))
			.andExpect(jsonPath("$.items[0].before").doesNotExist())
			.andExpect(jsonPath("$.items[0].changes[*].field").value(hasItem("name")))
			.andExpect(jsonPath("$.items[0].requestId").isNotEmpty());
		mvc.perform(get("/api/v1/audit-events").param("entityType", "position")
			.param("to", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString())
			.with(Api.bearer(token)))
			.andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/v1/audit-events").param("size", "5").param("sort", "occurredAt,desc").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.items[*].entityId").value(hasItem(positionId)));
	}

	@Test
	void neverShowsAnotherCompanysEvents() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ);
		mvc.perform(get("/api/v1/audit-events").param("entityId", other.employee().employeeId().toString())
			.with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		String page = mvc.perform(get("/api/v1/audit-events").param("size", "200").with(Api.bearer(token)))
			.andExpect(jsonPath("$.items[*].entityId").value(hasItem(company.employee().employeeId().toString())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(page, "$.items[*].entityId");
		assertThat(ids).doesNotContain(other.employee().employeeId().toString(), other.salesUnit().toString(),
				other.hr().userId().toString());
	}

	@Test
	void onlyHrAndSystemAdministratorsReadTheTrail() throws Exception {
		var company = fixtures.company();
		for (var person : List.of(company.employee(), company.manager(), company.executive())) {
			mvc.perform(get("/api/v1/audit-events").with(Api.bearer(fixtures.token(person, TokenScope.READ))))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/forbidden"));
		}
		mvc.perform(get("/api/v1/audit-events")).andExpect(status().isUnauthorized());
	}

	@Test
	void badFiltersAreProblemDetailsNamingTheParameter() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ);
		mvc.perform(get("/api/v1/audit-events").param("from", "last week").with(Api.bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/v1/audit-events").param("sort", "beforeState").with(Api.bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/audit-events").param("size", "201").with(Api.bearer(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/audit-events").param("action", "CREATE").with(Api.bearer(token)))
			.andExpect(jsonPath("$.items[*].action").value(everyItem(is("CREATE"))));
	}

}
