package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.people.Departure;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Form sign-in as a browser does it: CSRF, a new session id, throttling, audit, and losing access on leaving. */
@IntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EmployeeManagement employees;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	private MvcResult signIn(MockHttpSession session, String email, String password) throws Exception {
		return signIn(session, email, password, "127.0.0.1");
	}

	private MvcResult signIn(MockHttpSession session, String email, String password, String address) throws Exception {
		return mvc
			.perform(post("/login").session(session).param("email", email).param("password", password).with(csrf())
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andReturn();
	}

	@Test
	void signingInIssuesANewSessionIdAndOpensTheHomePage() throws Exception {
		var company = fixtures.company();
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = signIn(session, company.employee().email(), company.employee().password());
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		MockHttpSession after = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(before);
		String home = mvc.perform(get("/").session(after)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains(company.employee().name());
		assertThat(auditCount(company.id(), "SIGN_IN")).isEqualTo(1);
	}

	@Test
	void theEmailAddressIsCaseInsensitive() throws Exception {
		var company = fixtures.company();
		MvcResult result = signIn(new MockHttpSession(), company.employee().email().toUpperCase(),
				company.employee().password());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameAnswerAndAreAudited() throws Exception {
		var company = fixtures.company();
		MvcResult wrong = signIn(new MockHttpSession(), company.employee().email(), "not-the-password");
		MvcResult unknown = signIn(new MockHttpSession(), "nobody-" + company.code() + "@example.com", "whatever12");
		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
		assertThat(auditCount(company.id(), "SIGN_IN_FAILED")).isEqualTo(1);
		String page = mvc.perform(get("/login").param("error", "bad").header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("邮箱或密码错误");
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		var company = fixtures.company();
		mvc.perform(post("/login").param("email", company.employee().email()).param("password", company.employee().password()))
			.andExpect(status().isForbidden());
	}

	@Test
	void repeatedFailuresThrottleTheAddressEvenForTheRightPassword() throws Exception {
		var company = fixtures.company();
		String email = company.colleague().email();
		for (int attempt = 0; attempt < 6; attempt++) {
			signIn(new MockHttpSession(), email, "wrong-password-" + attempt);
		}
		MvcResult result = signIn(new MockHttpSession(), email, company.colleague().password());
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?error=throttled&minutes=");
		assertThat(auditCount(null, "SIGN_IN_THROTTLED", email)).isPositive();
		// other people are not locked out by someone guessing this address
		assertThat(signIn(new MockHttpSession(), company.employee().email(), company.employee().password())
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void manyFailuresFromOneAddressThrottleThatAddressOnly() throws Exception {
		var company = fixtures.company();
		String attacker = "10.66." + (company.code().hashCode() & 0xff) + ".7";
		for (int attempt = 0; attempt < 41; attempt++) {
			signIn(new MockHttpSession(), "victim" + attempt + "@" + company.code() + ".test", "guess-" + attempt, attacker);
		}
		assertThat(signIn(new MockHttpSession(), company.employee().email(), company.employee().password(), attacker)
			.getResponse()
			.getRedirectedUrl()).startsWith("/login?error=throttled");
		assertThat(signIn(new MockHttpSession(), company.employee().email(), company.employee().password(), "10.99.0.1")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void anEmployeeWhoLeavesLosesTheirLiveSessionAndTokensOnTheNextRequest() throws Exception {
		var company = fixtures.company();
		var leaver = company.colleague();
		MockHttpSession session = (MockHttpSession) signIn(new MockHttpSession(), leaver.email(), leaver.password())
			.getRequest()
			.getSession(false);
		String token = fixtures.token(leaver, TokenScope.READ);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().is2xxSuccessful());

		SystemActor.runAs(company.id(), () -> employees.leave(company.hr().principal(), leaver.employeeId(),
				new Departure(LocalDate.now().minusDays(1), "resigned")));

		mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(signIn(new MockHttpSession(), leaver.email(), leaver.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=disabled");
	}

	@Test
	void signingOutEverywhereEndsEverySessionOfTheUser() throws Exception {
		var company = fixtures.company();
		var person = company.employee();
		MockHttpSession laptop = (MockHttpSession) signIn(new MockHttpSession(), person.email(), person.password())
			.getRequest()
			.getSession(false);
		MockHttpSession phone = (MockHttpSession) signIn(new MockHttpSession(), person.email(), person.password())
			.getRequest()
			.getSession(false);
		SystemActor.runAs(company.id(), () -> accounts.endOwnSessions(person.principal()));
		mvc.perform(get("/").session(laptop)).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/login?ended"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		var company = fixtures.company();
		var person = company.employee();
		MockHttpSession session = (MockHttpSession) signIn(new MockHttpSession(), person.email(), person.password())
			.getRequest()
			.getSession(false);
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void htmxRequestsWithoutSessionAreToldToNavigateToTheLoginPage() throws Exception {
		mvc.perform(get("/people").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
	}

	private long auditCount(java.util.UUID tenant, String action) {
		return jdbc.sql("select count(*) from platform_audit_event where tenant_id = :tenant and action = :action")
			.param("tenant", tenant)
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private long auditCount(java.util.UUID tenant, String action, String actor) {
		return jdbc.sql("select count(*) from platform_audit_event where action = :action and actor_name = :actor")
			.param("action", action)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

}
