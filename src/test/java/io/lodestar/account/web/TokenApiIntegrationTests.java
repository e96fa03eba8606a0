package io.lodestar.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Personal access tokens: created with a password or a session (never a token), listed, revoked. */
@IntegrationTest
class TokenApiIntegrationTests {

	static final String READ_TOKEN = "{\"name\": \"Payroll sync\", \"scopes\": [\"READ\"], \"expiresOn\": null}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void basicAuthenticationCreatesATokenThatIsShownOnceAndWorks() throws Exception {
		var company = fixtures.company();
		var emma = company.employee();
		String body = mvc.perform(post("/api/v1/tokens").with(Api.basic(emma.email(), emma.password()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(READ_TOKEN))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/tokens/")))
			.andExpect(jsonPath("$.name").value("Payroll sync"))
			.andExpect(jsonPath("$.scopes").value(contains("READ")))
			.andExpect(jsonPath("$.token").value(startsWith("lst_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		String prefix = JsonPath.read(body, "$.prefix");
		assertThat(token).startsWith(prefix);
		mvc.perform(get("/api/v1/me").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(emma.userId().toString()))
			.andExpect(jsonPath("$.authMethod").value("TOKEN"))
			.andExpect(jsonPath("$.tokenScopes").value(contains("READ")));
		String list = mvc.perform(get("/api/v1/tokens").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].prefix").value(hasItem(prefix)))
			.andExpect(jsonPath("$[0].active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(token);
		// only the hash is stored
		assertThat(jdbc.sql("select count(*) from account_token where token_hash = :token or token_prefix = :token")
			.param("token", token)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void basicAuthenticationIsRefusedEverywhereElseAndWithAWrongPassword() throws Exception {
		var company = fixtures.company();
		var emma = company.employee();
		mvc.perform(get("/api/v1/me").with(Api.basic(emma.email(), emma.password())))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("POST /api/v1/tokens")));
		mvc.perform(get("/api/v1/tokens").with(Api.basic(emma.email(), emma.password())))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/employees").with(Api.basic(company.hr().email(), company.hr().password()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/tokens").with(Api.basic(emma.email(), "not-her-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(READ_TOKEN))
			.andExpect(status().isUnauthorized());
		assertThat(tokens(emma.userId())).isZero();
	}

	@Test
	void aTokenCannotCreateTokens() throws Exception {
		var company = fixtures.company();
		var emma = company.employee();
		mvc.perform(post("/api/v1/tokens").with(Api.bearer(fixtures.token(emma, TokenScope.READ, TokenScope.WRITE)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(READ_TOKEN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/forbidden"));
		mvc.perform(post("/api/v1/tokens").with(Api.bearer(fixtures.token(emma, TokenScope.READ)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(READ_TOKEN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		assertThat(tokens(emma.userId())).isEqualTo(2);
	}

	@Test
	void aSignedInBrowserSessionCreatesATokenWithCsrfProtection() throws Exception {
		var company = fixtures.company();
		var emma = company.employee();
		mvc.perform(post("/api/v1/tokens").with(Fixtures.as(emma))
			.contentType(MediaType.APPLICATION_JSON)
			.content(READ_TOKEN))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tokens").with(Fixtures.as(emma))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Sync\", \"scopes\": [\"READ\", \"WRITE\"], \"expiresOn\": \"2999-12-31\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt").value(startsWith("3000-01-01")));
		assertThat(tokens(emma.userId())).isEqualTo(1);
	}

	@Test
	void badTokenRequestsAreRefusedAndCreateNothing() throws Exception {
		var company = fixtures.company();
		var emma = company.employee();
		for (String body : new String[] { "{\"name\": \"No scopes\"}", "{\"name\": \"\", \"scopes\": [\"READ\"]}",
				"{\"name\": \"Admin\", \"scopes\": [\"ADMIN\"]}", "{\"name\": \"Extra\", \"scopes\": [\"READ\"], \"owner\": 1}" }) {
			mvc.perform(post("/api/v1/tokens").with(Api.basic(emma.email(), emma.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").isNotEmpty());
		}
		mvc.perform(post("/api/v1/tokens").with(Api.basic(emma.email(), emma.password()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Old\", \"scopes\": [\"READ\"], \"expiresOn\": \"2001-01-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
		assertThat(tokens(emma.userId())).isZero();
	}

	@Test
	void revokesOwnTokensOnlyAndARevokedTokenStopsWorking() throws Exception {
		var company = fixtures.company();
		String emmas = fixtures.token(company.employee(), TokenScope.WRITE);
		String carls = fixtures.token(company.colleague(), TokenScope.WRITE);
		UUID carlsId = jdbc.sql("select id from account_token where user_id = :user")
			.param("user", company.colleague().userId())
			.query(UUID.class)
			.single();
		mvc.perform(delete("/api/v1/tokens/{id}", carlsId).with(Api.bearer(emmas)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me").with(Api.bearer(carls))).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/tokens/{id}", carlsId).with(Api.bearer(carls))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").with(Api.bearer(carls)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/unauthorized"));
		mvc.perform(get("/api/v1/me").with(Api.bearer(emmas))).andExpect(status().isOk());
	}

	private long tokens(UUID user) {
		return jdbc.sql("select count(*) from account_token where user_id = :user")
			.param("user", user)
			.query(Long.class)
			.single();
	}

	@Test
	void concurrentRequestsWithOneTokenAllSucceedAndStampItsUse() throws Exception {
		var emma = fixtures.company().employee();
		String body = mvc.perform(post("/api/v1/tokens").with(Api.basic(emma.email(), emma.password()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(READ_TOKEN)).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		String prefix = JsonPath.read(body, "$.prefix");
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 5; round++) {
				// a stale stamp makes every request in the round want to record its use at once
				jdbc.sql("update account_token set last_used_at = null where token_prefix = :prefix")
					.param("prefix", prefix)
					.update();
				var start = new java.util.concurrent.CountDownLatch(1);
				var statuses = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
				for (int i = 0; i < 8; i++) {
					statuses.add(pool.submit(() -> {
						start.await();
						return mvc.perform(get("/api/v1/me").with(Api.bearer(token))).andReturn().getResponse().getStatus();
					}));
				}
				start.countDown();
				for (var status : statuses) {
					assertThat(status.get()).isEqualTo(200);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from account_token where token_prefix = :prefix and last_used_at is not null")
			.param("prefix", prefix)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
