package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Person;
import io.lodestar.test.IntegrationTest;

/**
 * Server-side session rules: re-authentication before sensitive changes, the absolute lifetime, and sessions
 * ended by the user or an administrator stopping at once. Time is moved by back-dating the session's own
 * record of when its user signed in, which is exactly what the rules read.
 */
@IntegrationTest
class SessionSecurityIntegrationTests {

	private static final String SIGNED_IN_AT = "lodestar.signedInAt";

	private static final String AUTHENTICATED_AT = "lodestar.authenticatedAt";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changingTwoFactorSettingsNeedsARecentPasswordConfirmation() throws Exception {
		Person emma = fixtures.company().employee();
		MockHttpSession session = signIn(emma);
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));

		mvc.perform(post("/account/two-factor/start").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/confirm?next=%2Faccount%2Ftwo-factor"));
		assertThat(jdbc.sql("select count(*) from account_two_factor where user_id = :id")
			.param("id", emma.userId()).query(Integer.class).single()).isZero();
		assertThat(mvc.perform(get("/account/confirm").param("next", "/account/two-factor").session(session)
			.header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("验证身份").doesNotContain("name=\"code\"");

		mvc.perform(post("/account/confirm").session(session).with(csrf()).param("password", "not-my-password")
			.param("next", "/account/two-factor")).andExpect(redirectedUrl("/account/confirm?next=%2Faccount%2Ftwo-factor"));
		mvc.perform(post("/account/two-factor/start").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/confirm?next=%2Faccount%2Ftwo-factor"));

		// elsewhere than one's own account pages is not a place to come back to
		mvc.perform(post("/account/confirm").session(session).with(csrf()).param("password", emma.password())
			.param("next", "https://evil.example/")).andExpect(redirectedUrl("/account"));
		mvc.perform(post("/account/two-factor/start").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/two-factor"));
		assertThat(audits(emma.userId(), "REAUTHENTICATED")).isOne();
		assertThat(audits(emma.userId(), "SIGN_IN_FAILED")).isOne();
	}

	@Test
	void withTwoFactorSignInTheConfirmationAlsoNeedsACodeAndGuardsThePasswordChange() throws Exception {
		Person emma = fixtures.company().employee();
		MockHttpSession session = signIn(emma);
		mvc.perform(post("/account/two-factor/start").session(session).with(csrf()));
		byte[] secret = secretOf(emma);
		mvc.perform(post("/account/two-factor/confirm").session(session).with(csrf())
			.param("code", Totp.code(secret, Totp.step(Instant.now()))));
		session.setAttribute(AUTHENTICATED_AT, Instant.now().minus(Duration.ofMinutes(6)));

		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", emma.password())
			.param("newPassword", "Harbour-Lights-Quietly-77").param("repeatPassword", "Harbour-Lights-Quietly-77"))
			.andExpect(redirectedUrl("/account/confirm?next=%2Faccount"));
		assertThat(mvc.perform(get("/account/confirm").session(session)).andReturn().getResponse().getContentAsString())
			.contains("name=\"code\"");
		// the password alone is not enough
		mvc.perform(post("/account/confirm").session(session).with(csrf()).param("password", emma.password())
			.param("next", "/account")).andExpect(redirectedUrl("/account/confirm?next=%2Faccount"));
		long next = Math.max(Totp.step(Instant.now()), lastStep(emma) + 1);
		mvc.perform(post("/account/confirm").session(session).with(csrf()).param("password", emma.password())
			.param("code", Totp.code(secret, next)).param("next", "/account")).andExpect(redirectedUrl("/account"));
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", emma.password())
			.param("newPassword", "Harbour-Lights-Quietly-77").param("repeatPassword", "Harbour-Lights-Quietly-77"))
			.andExpect(redirectedUrl("/login?passwordChanged"));
	}

	@Test
	void aSessionEndsAtItsAbsoluteLifetimeHoweverActiveItIs() throws Exception {
		Person emma = fixtures.company().employee();
		MockHttpSession young = signIn(emma);
		young.setAttribute(SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(11)));
		mvc.perform(get("/").session(young)).andExpect(status().isOk());

		MockHttpSession old = signIn(emma);
		old.setAttribute(SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(12)).minusSeconds(1));
		mvc.perform(get("/").session(old)).andExpect(redirectedUrl("/login?ended"));
		assertThat(old.isInvalid()).isTrue();
		mvc.perform(get("/").session(young)).andExpect(status().isOk());
	}

	@Test
	void signingOutEverywhereAndAnAdministratorEndingSessionsWorkAtOnceAndAreAudited() throws Exception {
		var company = fixtures.company();
		Person emma = company.employee();
		MockHttpSession laptop = signIn(emma);
		MockHttpSession phone = signIn(emma);
		mvc.perform(post("/account/sessions/end").session(laptop).with(csrf())).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/login?ended"));

		MockHttpSession again = signIn(emma);
		mvc.perform(post("/admin/users/{id}/sessions/end", emma.userId()).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + emma.userId()));
		mvc.perform(get("/account").session(again)).andExpect(redirectedUrl("/login?ended"));
		assertThat(audits(emma.userId(), "SESSIONS_ENDED")).isEqualTo(2);

		// an HR administrator of another company cannot end them
		var other = fixtures.company();
		MockHttpSession fresh = signIn(emma);
		mvc.perform(post("/admin/users/{id}/sessions/end", emma.userId()).with(Fixtures.as(other.hr())).with(csrf()));
		mvc.perform(get("/").session(fresh)).andExpect(status().isOk());
		assertThat(audits(emma.userId(), "SESSIONS_ENDED")).isEqualTo(2);
	}

	private MockHttpSession signIn(Person person) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("email", person.email())
			.param("password", person.password()).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	@Autowired
	io.lodestar.platform.security.SecretBox box;

	private byte[] secretOf(Person person) {
		String sealed = jdbc.sql("select secret from account_two_factor where user_id = :id")
			.param("id", person.userId()).query(String.class).single();
		return Totp.fromBase32(box.open(sealed, "two-factor:" + person.userId()));
	}

	private long lastStep(Person person) {
		return jdbc.sql("select last_step from account_two_factor where user_id = :id")
			.param("id", person.userId()).query(Long.class).single();
	}

	private int audits(UUID user, String action) {
		return jdbc.sql("select count(*) from platform_audit_event where entity_id = :id and action = :action")
			.param("id", user.toString()).param("action", action).query(Integer.class).single();
	}

}
