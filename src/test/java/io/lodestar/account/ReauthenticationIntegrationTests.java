package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Person;
import io.lodestar.test.IntegrationTest;

/**
 * Re-authentication before sensitive changes for people who sign in through the directory (a fresh bind with
 * the directory password) or the OIDC provider (a fresh login there, {@code prompt=login}, {@code max_age=0},
 * accepted only with a recent {@code auth_time} and the same person), against the in-process LDAP server and
 * OIDC provider. Time is moved by back-dating the session's record of the last confirmation.
 */
@IntegrationTest
class ReauthenticationIntegrationTests extends EnterpriseSignInTestSupport {

	private static final String AUTHENTICATED_AT = "lodestar.authenticatedAt";

	private static final String SIGNED_IN_AT = "lodestar.signedInAt";

	private static final String TWO_FACTOR = "/account/two-factor";

	private static final String CONFIRM_TWO_FACTOR = "/account/confirm?next=%2Faccount%2Ftwo-factor";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDirectoryUserConfirmsWithAFreshBindOfTheirDirectoryPassword() throws Exception {
		Person emma = fixtures.company().employee();
		addToDirectory(emma.email(), "Directory-Confirm-1", null);
		MockHttpSession session = passwordSignIn(emma.email(), "Directory-Confirm-1");
		assertThat(principalIn(session).authMethod()).isEqualTo(AuthMethod.LDAP);
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));

		mvc.perform(post(TWO_FACTOR + "/start").session(session).with(csrf())).andExpect(redirectedUrl(CONFIRM_TWO_FACTOR));
		String en = page(session, "/account/confirm?next=/account/two-factor", "en");
		assertThat(en).contains("Directory password").contains("name=\"password\"")
			.contains("/oauth2/authorization/oidc?reauthenticate");
		assertThat(page(session, "/account/confirm?next=/account/two-factor", "zh-CN")).contains("域账号密码");

		// the Lodestar password the account was created with proves nothing: the directory decides for this person
		confirm(session, emma.password()).andExpect(redirectedUrl(CONFIRM_TWO_FACTOR));
		confirm(session, "Directory-Wrong-1").andExpect(redirectedUrl(CONFIRM_TWO_FACTOR));
		assertThat(failuresCounted(emma.email())).isEqualTo(2);
		mvc.perform(post(TWO_FACTOR + "/start").session(session).with(csrf())).andExpect(redirectedUrl(CONFIRM_TWO_FACTOR));

		confirm(session, "Directory-Confirm-1").andExpect(redirectedUrl(TWO_FACTOR));
		mvc.perform(post(TWO_FACTOR + "/start").session(session).with(csrf())).andExpect(redirectedUrl(TWO_FACTOR));
		assertThat(audits(emma.userId(), "REAUTHENTICATED", "directory")).isOne();
		assertThat(audits(emma.userId(), "SIGN_IN_FAILED", "re-authentication")).isEqualTo(2);
	}

	@Test
	void aDirectoryUserHasNoLodestarPasswordToChange() throws Exception {
		Person carl = fixtures.company().colleague();
		addToDirectory(carl.email(), "Directory-Confirm-2", null);
		MockHttpSession session = passwordSignIn(carl.email(), "Directory-Confirm-2");
		String hash = passwordHash(carl.userId());

		assertThat(page(session, "/account", "zh-CN")).contains("您登录使用的是公司域账号密码")
			.doesNotContain("name=\"newPassword\"");
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", carl.password())
			.param("newPassword", "Quiet-Harbour-Lantern-31").param("repeatPassword", "Quiet-Harbour-Lantern-31"))
			.andExpect(redirectedUrl("/account"));
		assertThat(passwordHash(carl.userId())).isEqualTo(hash);
	}

	@Test
	void anOidcUserConfirmsWithAFreshLoginAtTheProviderAndKeepsTheirSession() throws Exception {
		Person emma = fixtures.company().employee();
		MockHttpSession session = oidcSignIn(mvc, emma.email());
		Object signedInAt = session.getAttribute(SIGNED_IN_AT);
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));
		mvc.perform(post(TWO_FACTOR + "/start").session(session).with(csrf())).andExpect(redirectedUrl(CONFIRM_TWO_FACTOR));
		assertThat(page(session, "/account/confirm?next=/account/two-factor", "zh-CN")).contains("data-test=\"sso-first\"")
			.contains("前往统一身份登录验证");

		Instant asked = Instant.now();
		Map<String, String> request = startReauthentication(mvc, session, "/account/two-factor");
		assertThat(request).containsEntry("prompt", "login").containsEntry("max_age", "0").containsKey("nonce")
			.containsKey("state").containsEntry("code_challenge_method", "S256");
		String code = PROVIDER.approve(request, emma.email(), true, TestIdentityProvider.CLIENT_ID, false,
				Map.of("auth_time", asked.getEpochSecond()));
		MvcResult callback = callback(mvc, session, request, code);

		assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo(TWO_FACTOR);
		MockHttpSession after = (MockHttpSession) callback.getRequest().getSession(false);
		assertThat(principalIn(after).userId()).isEqualTo(emma.userId());
		assertThat(principalIn(after).authMethod()).isEqualTo(AuthMethod.OIDC);
		// the session's lifetime still counts from the sign-in; only the confirmation is new
		assertThat(after.getAttribute(SIGNED_IN_AT)).isEqualTo(signedInAt);
		mvc.perform(post(TWO_FACTOR + "/start").session(after).with(csrf())).andExpect(redirectedUrl(TWO_FACTOR));
		assertThat(audits(emma.userId(), "REAUTHENTICATED", "OIDC")).isOne();
		assertThat(audits(emma.userId(), "SIGN_IN", "OIDC")).as("no second sign-in").isOne();
	}

	@Test
	void anAnswerFromTheProvidersOldSessionDoesNotConfirm() throws Exception {
		Person emma = fixtures.company().employee();
		MockHttpSession session = oidcSignIn(mvc, emma.email());
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));

		// the provider ignored prompt=login and answered from a login of ten minutes ago
		Map<String, String> request = startReauthentication(mvc, session, "/account/two-factor");
		String code = PROVIDER.approve(request, emma.email(), true, TestIdentityProvider.CLIENT_ID, false,
				Map.of("auth_time", Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond()));
		MvcResult stale = callback(mvc, session, request, code);
		assertThat(stale.getResponse().getRedirectedUrl())
			.isEqualTo("/account/confirm?failed=sso-stale&next=%2Faccount%2Ftwo-factor");
		assertStillSignedInButNotConfirmed(session, emma);
		assertThat(page(session, "/account/confirm?failed=sso-stale&next=/account/two-factor", "en"))
			.contains("did not ask you to sign in again");

		// without auth_time nothing says when the person signed in
		request = startReauthentication(mvc, session, "/account/two-factor");
		code = PROVIDER.approve(request, emma.email(), true, TestIdentityProvider.CLIENT_ID, false, Map.of());
		assertThat(callback(mvc, session, request, code).getResponse().getRedirectedUrl())
			.isEqualTo("/account/confirm?failed=sso-stale&next=%2Faccount%2Ftwo-factor");
		assertStillSignedInButNotConfirmed(session, emma);
		assertThat(audits(emma.userId(), "SIGN_IN_FAILED", "re-authentication: OIDC sso-stale")).isEqualTo(2);
	}

	@Test
	void anotherPersonsLoginAtTheProviderNeitherConfirmsNorSwitchesTheSession() throws Exception {
		var company = fixtures.company();
		Person emma = company.employee();
		MockHttpSession session = oidcSignIn(mvc, emma.email());
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));

		Map<String, String> request = startReauthentication(mvc, session, "/account/two-factor");
		String code = PROVIDER.approve(request, company.manager().email(), true, TestIdentityProvider.CLIENT_ID, false,
				Map.of("auth_time", Instant.now().getEpochSecond()));
		MvcResult callback = callback(mvc, session, request, code);

		assertThat(callback.getResponse().getRedirectedUrl())
			.isEqualTo("/account/confirm?failed=sso-other-person&next=%2Faccount%2Ftwo-factor");
		assertStillSignedInButNotConfirmed(session, emma);
		assertThat(audits(company.manager().userId(), "SIGN_IN", "OIDC")).isZero();
	}

	@Test
	void aTokenWithAnotherNonceOrACallbackWithAnotherStateDoesNotConfirm() throws Exception {
		Person emma = fixtures.company().employee();
		MockHttpSession session = oidcSignIn(mvc, emma.email());
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));

		Map<String, String> request = startReauthentication(mvc, session, "/account/two-factor");
		Map<String, String> replayed = new HashMap<>(request);
		replayed.put("nonce", "nonce-of-another-login");
		String code = PROVIDER.approve(replayed, emma.email(), true, TestIdentityProvider.CLIENT_ID, false,
				Map.of("auth_time", Instant.now().getEpochSecond()));
		assertThat(callback(mvc, session, request, code).getResponse().getRedirectedUrl())
			.isEqualTo("/account/confirm?failed=sso-failed&next=%2Faccount%2Ftwo-factor");
		assertStillSignedInButNotConfirmed(session, emma);

		request = startReauthentication(mvc, session, "/account/two-factor");
		code = PROVIDER.approve(request, emma.email(), true, TestIdentityProvider.CLIENT_ID, false,
				Map.of("auth_time", Instant.now().getEpochSecond()));
		Map<String, String> otherState = new HashMap<>(request);
		otherState.put("state", "state-of-another-request");
		assertThat(callback(mvc, session, otherState, code).getResponse().getRedirectedUrl())
			.isEqualTo("/account/confirm?failed=sso-failed&next=%2Faccount%2Ftwo-factor");
		assertStillSignedInButNotConfirmed(session, emma);
	}

	@Test
	void anOidcUserSetsALodestarPasswordAfterConfirmingInsteadOfTypingTheCurrentOne() throws Exception {
		Person emma = fixtures.company().employee();
		MockHttpSession session = oidcSignIn(mvc, emma.email());
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));
		assertThat(page(session, "/account", "en")).contains("You signed in through single sign-on")
			.doesNotContain("name=\"currentPassword\"").doesNotContain("name=\"newPassword\"");
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("newPassword", "Quiet-Harbour-Lantern-32").param("repeatPassword", "Quiet-Harbour-Lantern-32"))
			.andExpect(redirectedUrl("/account/confirm?next=%2Faccount"));

		Map<String, String> request = startReauthentication(mvc, session, "/account");
		String code = PROVIDER.approve(request, emma.email(), true, TestIdentityProvider.CLIENT_ID, false,
				Map.of("auth_time", Instant.now().getEpochSecond()));
		MockHttpSession confirmed = (MockHttpSession) callback(mvc, session, request, code).getRequest().getSession(false);
		assertThat(page(confirmed, "/account", "en")).contains("name=\"newPassword\"")
			.doesNotContain("name=\"currentPassword\"");
		// the breached-password list applies here too
		mvc.perform(post("/account/password").session(confirmed).with(csrf()).param("newPassword", "liverpool")
			.param("repeatPassword", "liverpool")).andExpect(status().isOk());
		mvc.perform(post("/account/password").session(confirmed).with(csrf())
			.param("newPassword", "Quiet-Harbour-Lantern-32").param("repeatPassword", "Quiet-Harbour-Lantern-32"))
			.andExpect(redirectedUrl("/login?passwordChanged"));
		assertThat(passwordSignIn(emma.email(), "Quiet-Harbour-Lantern-32")).isNotNull();
	}

	@Test
	void withPasswordSignInSwitchedOffALodestarPasswordNoLongerConfirms() throws Exception {
		var company = fixtures.company();
		Person hr = company.hr();
		mvc.perform(put("/api/v1/sign-in-policy").session(oidcSignIn(mvc, hr.email())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"passwordSignIn\": false}")).andExpect(status().isOk());
		Person emma = company.employee();
		MockHttpSession session = oidcSignIn(mvc, emma.email());
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));

		assertThat(page(session, "/account/confirm?next=/account/two-factor", "en"))
			.doesNotContain("name=\"password\"").contains("Confirm with single sign-on");
		confirm(session, emma.password()).andExpect(redirectedUrl(CONFIRM_TWO_FACTOR));
		assertThat(page(session, "/account", "en")).contains("single sign-on only");
	}

	private void assertStillSignedInButNotConfirmed(MockHttpSession session, Person person) throws Exception {
		assertThat(principalIn(session).userId()).isEqualTo(person.userId());
		mvc.perform(get("/account").session(session)).andExpect(status().isOk());
		mvc.perform(post(TWO_FACTOR + "/start").session(session).with(csrf())).andExpect(redirectedUrl(CONFIRM_TWO_FACTOR));
	}

	private org.springframework.test.web.servlet.ResultActions confirm(MockHttpSession session, String password)
			throws Exception {
		return mvc.perform(post("/account/confirm").session(session).with(csrf()).param("password", password)
			.param("next", TWO_FACTOR));
	}

	private String page(MockHttpSession session, String path, String language) throws Exception {
		return mvc.perform(get(URI.create(path)).session(session).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpSession passwordSignIn(String email, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").session(new MockHttpSession()).param("email", email)
			.param("password", password).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private int failuresCounted(String email) {
		return jdbc.sql("select failures from account_login_throttle where throttle_key = :key")
			.param("key", LoginThrottle.emailKey(email))
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private String passwordHash(UUID userId) {
		return jdbc.sql("select password_hash from account_user where id = :id").param("id", userId)
			.query(String.class).single();
	}

	private long audits(UUID userId, String action, String summary) {
		String sql = "select count(*) from platform_audit_event where actor_user_id = :user and action = :action and "
				+ (summary == null ? "summary is null" : "summary = :summary");
		var statement = jdbc.sql(sql).param("user", userId).param("action", action);
		return (summary == null ? statement : statement.param("summary", summary)).query(Long.class).single();
	}

}
