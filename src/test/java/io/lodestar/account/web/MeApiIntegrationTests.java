package io.lodestar.account.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class MeApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void describesTheCallerWithRolesRebuiltFromTheOrgData() throws Exception {
		var company = fixtures.company();
		var max = company.manager();
		mvc.perform(get("/api/v1/me").with(Api.bearer(fixtures.token(max, TokenScope.READ))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(max.userId().toString()))
			.andExpect(jsonPath("$.email").value(max.email()))
			.andExpect(jsonPath("$.name").value("Max Manager"))
			.andExpect(jsonPath("$.employeeId").value(max.employeeId().toString()))
			.andExpect(jsonPath("$.companyId").value(company.id().toString()))
			.andExpect(jsonPath("$.companyName").value("Company " + company.code()))
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("EMPLOYEE", "MANAGER")))
			.andExpect(jsonPath("$.authMethod").value("TOKEN"));
		mvc.perform(get("/api/v1/me").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("EMPLOYEE", "HR_ADMIN")))
			.andExpect(jsonPath("$.authMethod").value("SESSION"))
			.andExpect(jsonPath("$.tokenScopes").isEmpty());
	}

	@Test
	void refusesMissingAndInvalidCredentialsWithAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/unauthorized"));
		mvc.perform(get("/api/v1/me").with(Api.bearer("lst_not-a-real-token")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("The token is invalid, expired or revoked."))
			.andExpect(jsonPath("$.userId").doesNotExist());
	}

}
