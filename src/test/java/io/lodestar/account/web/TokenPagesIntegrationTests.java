package io.lodestar.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class TokenPagesIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("lst_[A-Za-z0-9]{40}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewTokenIsShownOnceAndTheListShowsOnlyItsPrefix() throws Exception {
		var employee = fixtures.company().employee();
		String created = mvc
			.perform(post("/account/tokens").with(Fixtures.as(employee))
				.with(csrf())
				.param("name", "Payroll sync")
				.param("scopes", "READ", "WRITE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher found = TOKEN.matcher(created);
		assertThat(found.find()).isTrue();
		String token = found.group();
		assertThat(created).contains("data-copy=\"new-token\"").contains("it will not be shown again");

		String list = mvc.perform(get("/account/tokens").with(Fixtures.as(employee)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Payroll sync").contains(token.substring(0, 8) + "…").doesNotContain(token);
		assertThat(TOKEN.matcher(list).find()).isFalse();
		assertThat(jdbc.sql("select scopes from account_token where user_id = :user")
			.param("user", employee.userId())
			.query(String.class)
			.single()).isEqualTo("READ,WRITE");
	}

	@Test
	void aRevokedTokenGets401OnTheApi() throws Exception {
		var employee = fixtures.company().employee();
		String created = mvc
			.perform(post("/account/tokens").with(Fixtures.as(employee))
				.with(csrf())
				.param("name", "Reporting")
				.param("scopes", "READ"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher found = TOKEN.matcher(created);
		assertThat(found.find()).isTrue();
		String token = found.group();
		int before = mvc.perform(get("/api/v1/employees").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(before).isNotEqualTo(401);

		UUID id = jdbc.sql("select id from account_token where user_id = :user")
			.param("user", employee.userId())
			.query(UUID.class)
			.single();
		mvc.perform(post("/account/tokens/{id}/revoke", id).with(Fixtures.as(employee)).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));

		mvc.perform(get("/api/v1/employees").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		String list = mvc.perform(get("/account/tokens").with(Fixtures.as(employee)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Revoked");
	}

	@Test
	void revokingWithHtmxReturnsOnlyTheUpdatedRow() throws Exception {
		var employee = fixtures.company().employee();
		fixtures.token(employee, io.lodestar.platform.security.TokenScope.READ);
		UUID id = jdbc.sql("select id from account_token where user_id = :user")
			.param("user", employee.userId())
			.query(UUID.class)
			.single();
		String row = mvc
			.perform(post("/account/tokens/{id}/revoke", id).with(Fixtures.as(employee))
				.with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row.strip()).startsWith("<tr").contains("Revoked").doesNotContain("<html");
		assertThat(jdbc.sql("select revoked_at is not null from account_token where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		var company = fixtures.company();
		fixtures.token(company.colleague(), io.lodestar.platform.security.TokenScope.READ);
		UUID id = jdbc.sql("select id from account_token where user_id = :user")
			.param("user", company.colleague().userId())
			.query(UUID.class)
			.single();
		mvc.perform(post("/account/tokens/{id}/revoke", id).with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select revoked_at is null from account_token where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void missingNameNoScopeAndBadDateAreShownAtTheirFieldsAndNothingIsCreated() throws Exception {
		var employee = fixtures.company().employee();
		String page = mvc
			.perform(post("/account/tokens").with(Fixtures.as(employee))
				.with(csrf())
				.param("name", "")
				.param("_scopes", "on")
				.param("expiresOn", "31/12/2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Give the token a name")
			.contains("Choose at least one scope")
			.contains("Enter the expiry date as a date");
		String past = mvc
			.perform(post("/account/tokens").with(Fixtures.as(employee))
				.with(csrf())
				.param("name", "Old")
				.param("scopes", "READ")
				.param("expiresOn", "2001-01-01"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(past).contains("The expiry date must be today or later.");
		assertThat(jdbc.sql("select count(*) from account_token where user_id = :user")
			.param("user", employee.userId())
			.query(Long.class)
			.single()).isZero();
	}

}
