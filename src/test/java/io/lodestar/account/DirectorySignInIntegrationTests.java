package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** LDAP / Active Directory bind on the normal login page, against an in-process directory server. */
@IntegrationTest
class DirectorySignInIntegrationTests extends EnterpriseSignInTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDirectoryPasswordSignsInTheEmployeeWithTheSameEmail() throws Exception {
		var company = fixtures.company();
		var emma = company.employee();
		addToDirectory(emma.email(), "Directory-Pass-1", null);

		MvcResult result = signIn(emma.email(), "Directory-Pass-1");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		var principal = principalIn(session);
		assertThat(principal.employeeId()).isEqualTo(emma.employeeId());
		assertThat(principal.tenantId()).isEqualTo(company.id());
		assertThat(principal.authMethod()).isEqualTo(AuthMethod.LDAP);
		String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains(emma.name());
		assertThat(audits(company.id(), "SIGN_IN")).isEqualTo(1);
	}

	@Test
	void aDirectoryUserCannotUseTheirOldLodestarPasswordAndWrongPasswordsAreThrottled() throws Exception {
		var company = fixtures.company();
		var carl = company.colleague();
		addToDirectory(carl.email(), "Directory-Pass-2", null);

		assertThat(signIn(carl.email(), carl.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=bad");
		assertThat(failuresCounted(carl.email())).isEqualTo(1);
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(carl.email(), "wrong-" + attempt);
		}
		// the existing throttle now blocks even the right directory password
		assertThat(signIn(carl.email(), "Directory-Pass-2").getResponse().getRedirectedUrl())
			.startsWith("/login?error=throttled");
	}

	@Test
	void aDirectoryUserWithTwoFactorSignInStillNeedsTheCode(@Autowired TwoFactorManagement twoFactor)
			throws Exception {
		var company = fixtures.company();
		var emma = company.employee();
		var enrolment = SystemActor.runAs(company.id(), () -> twoFactor.startEnrolment(emma.principal()));
		byte[] key = Totp.fromBase32(enrolment.secret());
		SystemActor.runAs(company.id(), () -> twoFactor.confirmEnrolment(emma.principal(),
				Totp.code(key, Totp.step(Instant.now()))));
		addToDirectory(emma.email(), "Directory-Pass-5", null);

		MvcResult result = signIn(emma.email(), "Directory-Pass-5");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(principalIn((MockHttpSession) result.getRequest().getSession(false))).isNull();
	}

	@Test
	void anEmptyPasswordIsNotAnAnonymousBind() throws Exception {
		var company = fixtures.company();
		addToDirectory(company.manager().email(), "Directory-Pass-3", null);
		assertThat(signIn(company.manager().email(), "").getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
	}

	@Test
	void aDirectoryUserWithoutALodestarAccountIsRefusedWithAClearMessage() throws Exception {
		MvcResult result = signIn("ghost@directory-only.test", "Ghost-Pass-2026");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-unknown");
		assertThat(principalIn((MockHttpSession) result.getRequest().getSession())).isNull();
		String page = mvc.perform(get("/login").param("error", "sso-unknown").header("Accept-Language", "zh-CN"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("您还没有 Lodestar 账号");
	}

	@Test
	void aDirectoryEntryWithoutMatchingEmailIsMappedByEmployeeNumberWithinTheConfiguredCompany(
			@Autowired ExternalIdentities identities) {
		var company = fixtures.company();
		var principal = identities.signIn(AuthMethod.LDAP, "uid=x", "someone-else@elsewhere.test", "E-2",
				company.code(), account -> {
				});
		assertThat(principal.employeeId()).isEqualTo(company.colleague().employeeId());
	}

	@Test
	void peopleTheDirectoryDoesNotKnowKeepTheirLodestarPassword() throws Exception {
		var company = fixtures.company();
		assertThat(signIn(company.executive().email(), company.executive().password()).getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aCompanyCanSwitchPasswordSignInOffButItsSystemAdministratorsKeepTheirs() throws Exception {
		var company = fixtures.company();
		var hr = company.hr();
		// signed in with a directory password, so switching passwords off does not lock HR out
		addToDirectory(hr.email(), "Directory-Pass-HR", null);
		MockHttpSession hrSession = (MockHttpSession) signIn(hr.email(), "Directory-Pass-HR").getRequest()
			.getSession(false);
		mvc.perform(put("/api/v1/sign-in-policy").session(hrSession).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"passwordSignIn\": false}"))
			.andExpect(status().isOk());

		assertThat(signIn(company.employee().email(), company.employee().password()).getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error=sso-required");
		// a directory password still works for the same company
		addToDirectory(company.colleague().email(), "Directory-Pass-4", null);
		assertThat(signIn(company.colleague().email(), "Directory-Pass-4").getResponse().getRedirectedUrl())
			.isEqualTo("/");
		assertThat(signIn("admin@lodestar.test", "Polaris-Guide-2026").getResponse().getRedirectedUrl())
			.isEqualTo("/");
		// an ordinary employee may not change it
		MockHttpSession colleague = (MockHttpSession) signIn(company.colleague().email(), "Directory-Pass-4")
			.getRequest().getSession(false);
		mvc.perform(put("/api/v1/sign-in-policy").session(colleague).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"passwordSignIn\": true}"))
			.andExpect(status().isForbidden());
	}

	private MvcResult signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").session(new MockHttpSession()).param("email", email)
			.param("password", password).with(csrf())).andReturn();
	}

	private int failuresCounted(String email) {
		return jdbc.sql("select failures from account_login_throttle where throttle_key = :key")
			.param("key", LoginThrottle.emailKey(email))
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private long audits(java.util.UUID tenant, String action) {
		return jdbc.sql("select count(*) from platform_audit_event where tenant_id = :tenant and action = :action")
			.param("tenant", tenant)
			.param("action", action)
			.query(Long.class)
			.single();
	}

}
