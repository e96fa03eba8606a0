package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The password-sign-in switch on the sign-in security page, with single sign-on and a directory configured:
 * who may switch passwords off (not someone it would lock out), the audit entry, and that it takes effect at
 * the next sign-in. Without single sign-on: {@code SignInPolicyWithoutSingleSignOnIntegrationTests}.
 */
@IntegrationTest
class SignInPolicyPagesIntegrationTests extends EnterpriseSignInTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anHrAdministratorSignedInThroughSingleSignOnSwitchesPasswordsOffAndOnAgain() throws Exception {
		var company = fixtures.company();
		MockHttpSession hr = oidcSignIn(mvc, company.hr().email());
		String zh = page(hr, "zh-CN");
		assertThat(zh).contains("密码登录").contains("统一身份登录（OIDC）").contains("已配置")
			.contains("系统管理员仍可使用 Lodestar 密码登录").doesNotContain("data-test=\"switch-off-refusal\"");

		mvc.perform(post("/admin/security/password-sign-in").session(hr).with(csrf()).param("allowed", "false"))
			.andExpect(redirectedUrl("/admin/security"));
		assertThat(page(hr, "en")).contains("Password sign-in is off")
			.containsPattern("value=\"false\"\\s+checked");
		assertThat(signIn(company.employee()).getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-required");
		assertThat(policyChanges(company.id())).isOne();

		// saving what is already set changes nothing and writes nothing
		mvc.perform(post("/admin/security/password-sign-in").session(hr).with(csrf()).param("allowed", "false"))
			.andExpect(redirectedUrl("/admin/security"));
		assertThat(policyChanges(company.id())).isOne();

		mvc.perform(post("/admin/security/password-sign-in").session(hr).with(csrf()).param("allowed", "true"))
			.andExpect(redirectedUrl("/admin/security"));
		assertThat(signIn(company.employee()).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(policyChanges(company.id())).isEqualTo(2);
		assertThat(jdbc.sql("""
				select after_state from platform_audit_event where tenant_id = :tenant
				and action = 'SIGN_IN_POLICY_CHANGED' order by occurred_at""")
			.param("tenant", company.id()).query(String.class).list())
			.containsExactly("{\"passwordSignIn\":false}", "{\"passwordSignIn\":true}");
	}

	@Test
	void switchingPasswordsOffIsRefusedWhenItWouldLockOutTheHrAdministratorMakingTheChange() throws Exception {
		var company = fixtures.company();
		// signed in with a Lodestar password, and the directory does not know HR yet
		MockHttpSession hr = (MockHttpSession) signIn(company.hr()).getRequest().getSession(false);
		String en = page(hr, "en");
		assertThat(en).contains("data-test=\"switch-off-refusal\"").contains("would lock you out")
			.containsPattern("value=\"false\"\\s+disabled");

		String refused = mvc.perform(post("/admin/security/password-sign-in").session(hr).with(csrf())
			.param("allowed", "false").header("Accept-Language", "zh-CN")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("data-test=\"policy-problem\"").contains("关闭密码登录后您将无法登录");
		assertThat(signIn(company.employee()).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(policyChanges(company.id())).isZero();

		// the same administrator with a directory password is not locked out
		addToDirectory(company.hr().email(), "Directory-Policy-1", null);
		assertThat(page(hr, "en")).doesNotContain("data-test=\"switch-off-refusal\"");
		mvc.perform(post("/admin/security/password-sign-in").session(hr).with(csrf()).param("allowed", "false"))
			.andExpect(redirectedUrl("/admin/security"));
		assertThat(policyChanges(company.id())).isOne();
	}

	@Test
	void aSystemAdministratorKeepsTheirPasswordAndMaySwitchPasswordsOff() throws Exception {
		var company = fixtures.company();
		Person operator = fixtures.systemAdministrator(company);
		mvc.perform(post("/admin/security/password-sign-in").with(Fixtures.as(operator)).with(csrf())
			.param("allowed", "false")).andExpect(redirectedUrl("/admin/security"));
		assertThat(signIn(company.employee()).getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-required");
		// another company is not affected
		var other = fixtures.company();
		assertThat(signIn(other.employee()).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void onlyHrAndSystemAdministratorsSeeOrChangeIt() throws Exception {
		var company = fixtures.company();
		MockHttpSession manager = oidcSignIn(mvc, company.manager().email());
		mvc.perform(get("/admin/security").session(manager)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/security/password-sign-in").session(manager).with(csrf()).param("allowed", "false"))
			.andExpect(status().isForbidden());
		assertThat(policyChanges(company.id())).isZero();
		assertThat(signIn(company.employee()).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	private String page(MockHttpSession session, String language) throws Exception {
		return mvc.perform(get("/admin/security").session(session).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MvcResult signIn(Person person) throws Exception {
		return mvc.perform(post("/login").session(new MockHttpSession()).param("email", person.email())
			.param("password", person.password()).with(csrf())).andReturn();
	}

	private long policyChanges(UUID tenant) {
		return jdbc.sql("select count(*) from platform_audit_event where tenant_id = :tenant "
				+ "and action = 'SIGN_IN_POLICY_CHANGED'")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

}
