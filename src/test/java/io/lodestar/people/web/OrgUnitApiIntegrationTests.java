package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class OrgUnitApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyoneReadsTheUnitsAsAFlatListOrAsATree() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.employee(), TokenScope.READ);
		String flat = mvc.perform(get("/api/v1/org-units").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[*].code").value(containsInAnyOrder(company.code(), "SALES", "SALES-EAST")))
			.andExpect(jsonPath("$[?(@.code == 'SALES-EAST')].parentId").value(contains(company.salesUnit().toString())))
			.andExpect(jsonPath("$[?(@.code == 'SALES-EAST')].members").value(contains(2)))
			.andExpect(jsonPath("$[?(@.code == 'SALES')].totalMembers").value(contains(3)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> units = JsonPath.read(flat, "$");
		assertThat(units).allSatisfy(unit -> assertThat(unit).doesNotContainKey("children"));
		mvc.perform(get("/api/v1/org-units").param("tree", "true").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(company.rootUnit().toString()))
			.andExpect(jsonPath("$[0].parentId").value(nullValue()))
			.andExpect(jsonPath("$[0].children[0].name").value("Sales"))
			.andExpect(jsonPath("$[0].children[0].children[0].name").value("Sales East"))
			.andExpect(jsonPath("$[0].children[0].children[0].children").isEmpty());
		mvc.perform(get("/api/v1/org-units/{id}", company.teamUnit()).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("SALES-EAST"))
			.andExpect(jsonPath("$.kind").value("TEAM"))
			.andExpect(jsonPath("$.version").isNumber());
	}

	@Test
	void hrCreatesChangesAndDeletesAUnit() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		String created = send(post("/api/v1/org-units"), token, """
				{"parentId": "%s", "code": "SALES-WEST", "name": "Sales West", "kind": "TEAM", "sortOrder": 2}
				""".formatted(company.salesUnit()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/org-units/")))
			.andExpect(jsonPath("$.parentId").value(company.salesUnit().toString()))
			.andExpect(jsonPath("$.members").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		int version = JsonPath.read(created, "$.version");
		String change = """
				{"parentId": "%s", "code": "SALES-WEST", "name": "%s", "kind": "TEAM", "headEmployeeId": "%s",
				 "sortOrder": 2, "version": %d}
				""";
		send(put("/api/v1/org-units/{id}", id), token,
				change.formatted(company.rootUnit(), "West Region", company.manager().employeeId(), version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("West Region"))
			.andExpect(jsonPath("$.parentId").value(company.rootUnit().toString()))
			.andExpect(jsonPath("$.head.name").value("Max Manager"))
			.andExpect(jsonPath("$.version").value(version + 1));
		send(put("/api/v1/org-units/{id}", id), token,
				change.formatted(company.rootUnit(), "Stale", company.manager().employeeId(), version))
			.andExpect(status().isConflict());
		assertThat(unitName(UUID.fromString(id))).isEqualTo("West Region");
		mvc.perform(delete("/api/v1/org-units/{id}", id).with(Api.bearer(token))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/org-units/{id}", id).with(Api.bearer(token))).andExpect(status().isNotFound());
		assertThat(units(company.id())).isEqualTo(3);
	}

	@Test
	void businessRulesOfTheTreeAreProblemDetails() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		mvc.perform(delete("/api/v1/org-units/{id}", company.teamUnit()).with(Api.bearer(token)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("people.org-unit.has-employees"));
		mvc.perform(delete("/api/v1/org-units/{id}", company.rootUnit()).with(Api.bearer(token)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("people.org-unit.root-cannot-be-deleted"));
		send(put("/api/v1/org-units/{id}", company.salesUnit()), token, """
				{"parentId": "%s", "code": "SALES", "name": "Sales", "kind": "DEPARTMENT", "version": %d}
				""".formatted(company.teamUnit(), version(company.salesUnit())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		send(post("/api/v1/org-units"), token, """
				{"parentId": "%s", "code": "SALES", "name": "Again", "kind": "TEAM"}
				""".formatted(company.rootUnit()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		assertThat(units(company.id())).isEqualTo(3);
	}

	@Test
	void onlyAdministratorsWriteAndBadInputChangesNothing() throws Exception {
		var company = fixtures.company();
		String body = """
				{"parentId": "%s", "code": "OPS", "name": "Operations", "kind": "DEPARTMENT"}
				""".formatted(company.rootUnit());
		send(post("/api/v1/org-units"), fixtures.token(company.employee(), TokenScope.WRITE), body)
			.andExpect(status().isForbidden());
		send(post("/api/v1/org-units"), fixtures.token(company.executive(), TokenScope.WRITE), body)
			.andExpect(status().isForbidden());
		send(put("/api/v1/org-units/{id}", company.teamUnit()), fixtures.token(company.manager(), TokenScope.WRITE),
				body.replace("}", ", \"version\": 0}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/org-units/{id}", company.teamUnit())
			.with(Api.bearer(fixtures.token(company.employee(), TokenScope.WRITE))))
			.andExpect(status().isForbidden());
		send(post("/api/v1/org-units"), fixtures.token(company.hr(), TokenScope.READ), body)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		String hr = fixtures.token(company.hr(), TokenScope.WRITE);
		send(post("/api/v1/org-units"), hr, body.replace("DEPARTMENT", "SQUAD"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		send(post("/api/v1/org-units"), hr, body.replace("}", ", \"budget\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("budget"));
		send(post("/api/v1/org-units"), hr, body.replace("\"code\": \"OPS\", ", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		send(post("/api/v1/org-units"), hr, "[")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/malformed-request"));
		assertThat(units(company.id())).isEqualTo(3);
	}

	@Test
	void anotherCompanysUnitsAreNotFoundAndNeverListed() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		UUID foreign = other.salesUnit();
		mvc.perform(get("/api/v1/org-units/{id}", foreign).with(Api.bearer(token))).andExpect(status().isNotFound());
		send(put("/api/v1/org-units/{id}", foreign), token, """
				{"parentId": "%s", "code": "MINE", "name": "Mine now", "kind": "TEAM", "version": 0}
				""".formatted(company.rootUnit()))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/org-units/{id}", other.teamUnit()).with(Api.bearer(token)))
			.andExpect(status().isNotFound());
		send(post("/api/v1/org-units"), token, """
				{"parentId": "%s", "code": "INSIDE", "name": "Planted", "kind": "TEAM"}
				""".formatted(foreign))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		String list = mvc.perform(get("/api/v1/org-units").with(Api.bearer(token)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(list, "$[*].id");
		assertThat(ids).hasSize(3).doesNotContain(foreign.toString(), other.rootUnit().toString());
		assertThat(unitName(foreign)).isEqualTo("Sales");
		assertThat(units(other.id())).isEqualTo(3);
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		return mvc.perform(request.with(Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long units(UUID tenant) {
		return jdbc.sql("select count(*) from people_org_unit where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

	private String unitName(UUID id) {
		return jdbc.sql("select name from people_org_unit where id = :id").param("id", id).query(String.class).single();
	}

	private long version(UUID id) {
		return jdbc.sql("select version from people_org_unit where id = :id").param("id", id).query(Long.class).single();
	}

}
