package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Person;
import io.lodestar.test.IntegrationTest;

/**
 * Two-factor sign-in as a browser does it: enrolment, the code step, replay and guessing refused, recovery
 * codes, per-role enforcement, and the API's HTTP Basic refused for such accounts.
 */
@IntegrationTest
class TwoFactorSignInIntegrationTests {

	/** Each test signs in from its own client address, so failures here never throttle other tests. */
	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private final String address = "10.77." + ADDRESS.getAndIncrement() + "." + (System.nanoTime() & 0x7f);

	record Enrolled(byte[] secret, List<String> recoveryCodes) {
	}

	@Test
	void aRightPasswordOnlyOpensTheCodeStepAndTheRightCodeSignsIn() throws Exception {
		Person emma = fixtures.company().employee();
		Enrolled enrolled = enrol(emma);
		String stored = jdbc.sql("select secret from account_two_factor where user_id = :id")
			.param("id", emma.userId())
			.query(String.class)
			.single();
		assertThat(stored).startsWith("v1:").doesNotContain(Totp.base32(enrolled.secret()));

		MvcResult first = password(new MockHttpSession(), emma);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		MockHttpSession waiting = (MockHttpSession) first.getRequest().getSession(false);
		mvc.perform(get("/").session(waiting)).andExpect(redirectedUrl("/login"));
		assertThat(mvc.perform(get("/login/code").session(waiting).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("验证码");

		// the code that confirmed the enrolment cannot be replayed
		String used = Totp.code(enrolled.secret(), lastStep(emma));
		code(waiting, used).andExpect(redirectedUrl("/login/code?error"));
		mvc.perform(get("/").session(waiting)).andExpect(redirectedUrl("/login"));

		String before = waiting.getId();
		MvcResult signedIn = code(waiting, nextCode(emma, enrolled)).andExpect(redirectedUrl("/")).andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		assertThat(session.getId()).isNotEqualTo(before);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		assertThat(audits(emma.userId(), "SIGN_IN_FAILED")).isEqualTo(1);
		assertThat(audits(emma.userId(), "SIGN_IN")).isPositive();
	}

	@Test
	void wrongCodesCountAsFailedSignInsAndEndInABlock() throws Exception {
		Person emma = fixtures.company().employee();
		Enrolled enrolled = enrol(emma);
		MockHttpSession waiting = (MockHttpSession) password(new MockHttpSession(), emma).getRequest().getSession(false);
		for (int attempt = 0; attempt < 6; attempt++) {
			code(waiting, String.format("%06d", attempt)).andExpect(redirectedUrl("/login/code?error"));
		}
		// blocked now: even the right code is refused and the sign-in starts again from the password
		String target = code(waiting, nextCode(emma, enrolled)).andReturn().getResponse().getRedirectedUrl();
		assertThat(target).startsWith("/login?error=throttled&minutes=");
		code(waiting, nextCode(emma, enrolled)).andExpect(redirectedUrl("/login?error=expired"));
		assertThat(password(new MockHttpSession(), emma).getResponse().getRedirectedUrl())
			.startsWith("/login?error=throttled");
	}

	@Test
	void eachRecoveryCodeWorksOnce() throws Exception {
		Person emma = fixtures.company().employee();
		Enrolled enrolled = enrol(emma);
		assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		String recovery = enrolled.recoveryCodes().get(3);
		assertThat(jdbc.sql("select count(*) from account_recovery_code where code_hash like :code")
			.param("code", "%" + recovery.replace("-", "") + "%")
			.query(Integer.class)
			.single()).isZero();

		MockHttpSession waiting = (MockHttpSession) password(new MockHttpSession(), emma).getRequest().getSession(false);
		code(waiting, " " + recovery.toUpperCase() + " ").andExpect(redirectedUrl("/"));

		waiting = (MockHttpSession) password(new MockHttpSession(), emma).getRequest().getSession(false);
		code(waiting, recovery).andExpect(redirectedUrl("/login/code?error"));
		code(waiting, enrolled.recoveryCodes().get(4)).andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select count(*) from account_recovery_code where user_id = :id and used_at is null")
			.param("id", emma.userId())
			.query(Integer.class)
			.single()).isEqualTo(8);
		assertThat(audits(emma.userId(), "RECOVERY_CODE_USED")).isEqualTo(2);
	}

	@Test
	void aRoleThatRequiresTwoFactorSignInSendsItsMembersToEnrolFirst() throws Exception {
		var company = fixtures.company();
		mvc.perform(get("/admin/security").with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/security").with(Fixtures.as(company.hr())).with(csrf()).param("roles", "EXECUTIVE"))
			.andExpect(redirectedUrl("/admin/security"));
		assertThat(mvc.perform(get("/admin/security").with(Fixtures.as(company.hr())).header("Accept-Language", "zh-CN"))
			.andReturn().getResponse().getContentAsString()).contains("登录安全");

		Person executive = company.executive();
		MvcResult result = password(new MockHttpSession(), executive);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor");
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/two-factor"));
		mvc.perform(get("/goals").session(session)).andExpect(redirectedUrl("/account/two-factor"));
		mvc.perform(get("/account/two-factor").session(session)).andExpect(status().isOk());

		Enrolled enrolled = enrol(session);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		// a required second factor cannot be turned off
		mvc.perform(post("/account/two-factor/disable").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/two-factor"));
		assertThat(jdbc.sql("select count(*) from account_two_factor where user_id = :id and confirmed_at is not null")
			.param("id", executive.userId())
			.query(Integer.class)
			.single()).isOne();
		assertThat(enrolled.recoveryCodes()).hasSize(10);
		// people in other roles are not affected
		assertThat(password(new MockHttpSession(), company.manager()).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void httpBasicCannotCreateATokenForAnAccountWithTwoFactorSignInButExistingTokensKeepWorking() throws Exception {
		Person emma = fixtures.company().employee();
		String token = fixtures.token(emma, io.lodestar.platform.security.TokenScope.READ);
		enrol(emma);
		mvc.perform(get("/api/v1/me").with(Api.bearer(token))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/tokens").with(Api.basic(emma.email(), emma.password()))
			.contentType("application/json")
			.content("{\"name\":\"sync\",\"scopes\":[\"READ\"]}")).andExpect(status().isUnauthorized());
	}

	@Test
	void anAdministratorResetsTwoFactorSignInOfSomeoneWhoLostTheirPhone() throws Exception {
		var company = fixtures.company();
		Person emma = company.employee();
		enrol(emma);
		mvc.perform(post("/admin/users/{id}/two-factor/reset", emma.userId()).with(Fixtures.as(fixtures.company().hr()))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(password(new MockHttpSession(), emma).getResponse().getRedirectedUrl()).isEqualTo("/login/code");

		mvc.perform(post("/admin/users/{id}/two-factor/reset", emma.userId()).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + emma.userId()));
		assertThat(password(new MockHttpSession(), emma).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(jdbc.sql("select count(*) from account_recovery_code where user_id = :id")
			.param("id", emma.userId()).query(Integer.class).single()).isZero();
		assertThat(audits(emma.userId(), "TWO_FACTOR_RESET")).isOne();
	}

	// --- steps a browser takes

	private MvcResult password(MockHttpSession session, Person person) throws Exception {
		return mvc.perform(from(post("/login").session(session).param("email", person.email())
			.param("password", person.password())
			.with(csrf()))).andReturn();
	}

	private org.springframework.test.web.servlet.ResultActions code(MockHttpSession session, String code)
			throws Exception {
		return mvc.perform(from(post("/login/code").session(session).param("code", code).with(csrf())));
	}

	private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	/** Signs in with the password and turns two-factor sign-in on through the account pages. */
	Enrolled enrol(Person person) throws Exception {
		MvcResult result = password(new MockHttpSession(), person);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		return enrol((MockHttpSession) result.getRequest().getSession(false));
	}

	Enrolled enrol(MockHttpSession session) throws Exception {
		mvc.perform(post("/account/two-factor/start").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/two-factor"));
		String page = mvc.perform(get("/account/two-factor").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = Pattern.compile("data-test=\"secret\">([A-Z2-7]+)</code>").matcher(page);
		assertThat(secret.find()).as("secret shown as text").isTrue();
		assertThat(page).contains("otpauth://totp/Lodestar:").contains("secret=" + secret.group(1));
		byte[] key = Totp.fromBase32(secret.group(1));
		MvcResult confirmed = mvc
			.perform(from(post("/account/two-factor/confirm").session(session)
				.param("code", Totp.code(key, Totp.step(Instant.now())))
				.with(csrf())))
			.andExpect(redirectedUrl("/account/two-factor"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) confirmed.getFlashMap().get("recoveryCodes");
		assertThat(codes).as("recovery codes shown once").isNotNull();
		return new Enrolled(key, codes);
	}

	private long lastStep(Person person) {
		return jdbc.sql("select last_step from account_two_factor where user_id = :id")
			.param("id", person.userId())
			.query(Long.class)
			.single();
	}

	/** A code not used yet: the app's next one if the current one was used already. */
	private String nextCode(Person person, Enrolled enrolled) {
		return Totp.code(enrolled.secret(), Math.max(Totp.step(Instant.now()), lastStep(person) + 1));
	}

	private int audits(UUID user, String action) {
		return jdbc.sql("select count(*) from platform_audit_event where entity_id = :id and action = :action")
			.param("id", user.toString())
			.param("action", action)
			.query(Integer.class)
			.single();
	}

}
