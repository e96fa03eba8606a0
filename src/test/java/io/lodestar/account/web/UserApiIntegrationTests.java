package io.lodestar.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
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

/** Account administration over the API, for HR admins and system administrators only. */
@IntegrationTest
class UserApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hrListsTheAccountsOfTheirOwnCompanyOnly() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ);
		String list = mvc.perform(get("/api/v1/users").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[?(@.email == '%s')].grantedRoles".formatted(company.hr().email())).value(contains(List.of("HR_ADMIN"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> emails = JsonPath.read(list, "$[*].email");
		assertThat(emails).contains(company.employee().email()).doesNotContain(other.employee().email(), other.hr().email());
		assertThat(list).doesNotContain("password");
		mvc.perform(get("/api/v1/users/{id}", company.employee().userId()).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeId").value(company.employee().employeeId().toString()))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void hrCreatesAnAccountWhosePasswordIsShownOnceAndWorks() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		String hired = send(post("/api/v1/employees"), token, """
				{"employeeNo": "E-50", "name": "New Starter", "email": "new.starter@%s", "orgUnitId": "%s"}
				""".formatted(company.code().toLowerCase() + ".test", company.teamUnit()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String employeeId = JsonPath.read(hired, "$.id");
		String created = send(post("/api/v1/users"), token,
				"{\"employeeId\": \"%s\", \"roles\": [\"EXECUTIVE\"]}".formatted(employeeId))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/users/")))
			.andExpect(jsonPath("$.user.email").value(startsWith("new.starter@")))
			.andExpect(jsonPath("$.user.displayName").value("New Starter"))
			.andExpect(jsonPath("$.user.grantedRoles").value(contains("EXECUTIVE")))
			.andExpect(jsonPath("$.initialPassword").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String email = JsonPath.read(created, "$.user.email");
		String password = JsonPath.read(created, "$.initialPassword");
		String userId = JsonPath.read(created, "$.user.id");
		mvc.perform(get("/api/v1/users/{id}", userId).with(Api.bearer(token)))
			.andExpect(jsonPath("$.initialPassword").doesNotExist());
		String issued = mvc.perform(post("/api/v1/tokens").with(Api.basic(email, password))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"mine\", \"scopes\": [\"READ\"]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(get("/api/v1/me").with(Api.bearer(JsonPath.read(issued, "$.token"))))
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("EMPLOYEE", "EXECUTIVE")));
		// an employee has one account at most; roles that follow from the org data cannot be granted
		send(post("/api/v1/users"), token, "{\"employeeId\": \"%s\"}".formatted(employeeId))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("employeeId"));
		send(post("/api/v1/users"), token, "{\"employeeId\": \"%s\", \"roles\": [\"MANAGER\"]}".formatted(employeeId))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(startsWith("roles")));
	}

	@Test
	void changesRolesWithTheCurrentVersionButHrCannotGrantSystemAdministration() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		UUID emma = company.employee().userId();
		long version = version(emma);
		send(put("/api/v1/users/{id}/roles", emma), token, "{\"roles\": [\"EXECUTIVE\"], \"version\": %d}".formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grantedRoles").value(contains("EXECUTIVE")));
		mvc.perform(get("/api/v1/me").with(Api.bearer(fixtures.token(company.employee(), TokenScope.READ))))
			.andExpect(jsonPath("$.roles").value(hasItem("EXECUTIVE")));
		send(put("/api/v1/users/{id}/roles", emma), token, "{\"roles\": [], \"version\": %d}".formatted(version))
			.andExpect(status().isConflict());
		send(put("/api/v1/users/{id}/roles", emma), token,
				"{\"roles\": [\"SYSTEM_ADMIN\"], \"version\": %d}".formatted(version + 1))
			.andExpect(status().isForbidden());
		send(put("/api/v1/users/{id}/roles", emma), token, "{\"roles\": [\"EXECUTIVE\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(roles(emma)).contains("EXECUTIVE").doesNotContain("SYSTEM_ADMIN");
	}

	@Test
	void disablesAndEnablesAccountsEndsSessionsAndResetsPasswords() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		var emma = company.employee();
		String emmasToken = fixtures.token(emma, TokenScope.READ);
		mvc.perform(get("/api/v1/me").with(Fixtures.as(emma))).andExpect(status().isOk());
		// ending sessions signs the browser out; tokens keep working
		mvc.perform(post("/api/v1/users/{id}/sessions/end", emma.userId()).with(Api.bearer(token)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").with(Fixtures.as(emma))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(Api.bearer(emmasToken))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/users/{id}/disable", emma.userId()).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISABLED"));
		mvc.perform(get("/api/v1/me").with(Api.bearer(emmasToken))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/users/{id}/enable", emma.userId()).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(get("/api/v1/me").with(Api.bearer(emmasToken))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/users/{id}/disable", company.hr().userId()).with(Api.bearer(token)))
			.andExpect(status().isConflict());
		String reset = mvc.perform(post("/api/v1/users/{id}/password-reset", emma.userId()).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String password = JsonPath.read(reset, "$.initialPassword");
		assertThat(password).isNotBlank().isNotEqualTo(emma.password());
		mvc.perform(post("/api/v1/tokens").with(Api.basic(emma.email(), emma.password()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"old\", \"scopes\": [\"READ\"]}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/tokens").with(Api.basic(emma.email(), password))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"new\", \"scopes\": [\"READ\"]}"))
			.andExpect(status().isCreated());
		assertThat(audited(company.id(), emma.userId())).contains("DISABLE", "ENABLE", "SESSIONS_ENDED", "PASSWORD_RESET");
	}

	@Test
	void onlyAdministratorsManageAccounts() throws Exception {
		var company = fixtures.company();
		for (var person : List.of(company.employee(), company.manager(), company.executive())) {
			String token = fixtures.token(person, TokenScope.WRITE);
			mvc.perform(get("/api/v1/users").with(Api.bearer(token))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/users/{id}", person.userId()).with(Api.bearer(token))).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/users/{id}/disable", company.colleague().userId()).with(Api.bearer(token)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/users/{id}/password-reset", company.colleague().userId()).with(Api.bearer(token)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/users/{id}/disable", company.colleague().userId())
			.with(Api.bearer(fixtures.token(company.hr(), TokenScope.READ))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		assertThat(accountStatus(company.colleague().userId())).isEqualTo("ACTIVE");
	}

	@Test
	void anotherCompanysAccountsAreNotFound() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		UUID foreign = other.employee().userId();
		mvc.perform(get("/api/v1/users/{id}", foreign).with(Api.bearer(token))).andExpect(status().isNotFound());
		send(put("/api/v1/users/{id}/roles", foreign), token, "{\"roles\": [\"EXECUTIVE\"], \"version\": 0}")
			.andExpect(status().isNotFound());
		for (String action : List.of("disable", "enable", "sessions/end", "password-reset")) {
			mvc.perform(post("/api/v1/users/{id}/" + action, foreign).with(Api.bearer(token)))
				.andExpect(status().isNotFound());
		}
		send(post("/api/v1/users"), token, "{\"employeeId\": \"%s\"}".formatted(other.employee().employeeId()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("employeeId"));
		assertThat(accountStatus(foreign)).isEqualTo("ACTIVE");
		assertThat(roles(foreign)).doesNotContain("EXECUTIVE");
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		return mvc.perform(request.with(Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long version(UUID user) {
		return jdbc.sql("select version from account_user where id = :id").param("id", user).query(Long.class).single();
	}

	private String roles(UUID user) {
		return jdbc.sql("select roles from account_user where id = :id").param("id", user).query(String.class).single();
	}

	private String accountStatus(UUID user) {
		return jdbc.sql("select status from account_user where id = :id").param("id", user).query(String.class).single();
	}

	private List<String> audited(UUID tenant, UUID user) {
		return jdbc.sql("select action from platform_audit_event where tenant_id = :tenant and entity_type = 'user' "
				+ "and entity_id = :id")
			.param("tenant", tenant)
			.param("id", user.toString())
			.query(String.class)
			.list();
	}

}
