package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class PositionApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hrCreatesChangesAndDeletesAPositionThatEveryoneCanRead() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		String created = send(post("/api/v1/positions"), token,
				"{\"code\": \"ENG\", \"name\": \"工程师\", \"description\": \"Builds things\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/positions/")))
			.andExpect(jsonPath("$.name").value("工程师"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		int version = JsonPath.read(created, "$.version");
		String reader = fixtures.token(company.employee(), TokenScope.READ);
		mvc.perform(get("/api/v1/positions").with(Api.bearer(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(containsInAnyOrder("REP", "ENG")));
		mvc.perform(get("/api/v1/positions/{id}", id).with(Api.bearer(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.description").value("Builds things"));
		send(put("/api/v1/positions/{id}", id), token,
				"{\"code\": \"ENG\", \"name\": \"Senior engineer\", \"description\": null, \"version\": %d}".formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Senior engineer"))
			.andExpect(jsonPath("$.version").value(version + 1));
		send(put("/api/v1/positions/{id}", id), token,
				"{\"code\": \"ENG\", \"name\": \"Stale\", \"version\": %d}".formatted(version))
			.andExpect(status().isConflict());
		mvc.perform(delete("/api/v1/positions/{id}", company.position()).with(Api.bearer(token)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("people.position.in-use"));
		mvc.perform(delete("/api/v1/positions/{id}", id).with(Api.bearer(token))).andExpect(status().isNoContent());
		assertThat(positions(company.id())).isEqualTo(1);
	}

	@Test
	void onlyAdministratorsWriteAndBadInputChangesNothing() throws Exception {
		var company = fixtures.company();
		String body = "{\"code\": \"ENG\", \"name\": \"Engineer\"}";
		send(post("/api/v1/positions"), fixtures.token(company.employee(), TokenScope.WRITE), body)
			.andExpect(status().isForbidden());
		send(put("/api/v1/positions/{id}", company.position()), fixtures.token(company.manager(), TokenScope.WRITE),
				"{\"code\": \"REP\", \"name\": \"Renamed\", \"version\": 0}")
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/positions/{id}", company.position())
			.with(Api.bearer(fixtures.token(company.executive(), TokenScope.WRITE))))
			.andExpect(status().isForbidden());
		send(post("/api/v1/positions"), fixtures.token(company.hr(), TokenScope.READ), body)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		String hr = fixtures.token(company.hr(), TokenScope.WRITE);
		send(post("/api/v1/positions"), hr, "{\"code\": \"ENG\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		send(post("/api/v1/positions"), hr, "{\"code\": \"bad code!\", \"name\": \"Engineer\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		send(post("/api/v1/positions"), hr, "{\"code\": \"ENG\", \"name\": \"Engineer\", \"grade\": 7}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("grade"));
		send(post("/api/v1/positions"), hr, "{\"code\": \"ENG\", \"name\": [1]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		send(put("/api/v1/positions/{id}", company.position()), hr, "{\"code\": \"REP\", \"name\": \"No version\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(positions(company.id())).isEqualTo(1);
		assertThat(jdbc.sql("select name from people_position where id = :id")
			.param("id", company.position())
			.query(String.class)
			.single()).isEqualTo("Sales representative");
	}

	@Test
	void anotherCompanysPositionsAreNotFoundAndNeverListed() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		UUID foreign = other.position();
		mvc.perform(get("/api/v1/positions/{id}", foreign).with(Api.bearer(token))).andExpect(status().isNotFound());
		send(put("/api/v1/positions/{id}", foreign), token, "{\"code\": \"REP\", \"name\": \"Mine\", \"version\": 0}")
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/positions/{id}", foreign).with(Api.bearer(token))).andExpect(status().isNotFound());
		String list = mvc.perform(get("/api/v1/positions").with(Api.bearer(token))).andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(list, "$[*].id");
		assertThat(ids).containsExactly(company.position().toString());
		assertThat(positions(other.id())).isEqualTo(1);
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		return mvc.perform(request.with(Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long positions(UUID tenant) {
		return jdbc.sql("select count(*) from people_position where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

}
