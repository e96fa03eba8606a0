package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Without single sign-on or a directory, password sign-in cannot be switched off, and the page says why. */
@IntegrationTest
class SignInPolicyWithoutSingleSignOnIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePageExplainsThatSingleSignOnMustBeSetUpFirstAndRefusesTheSwitch() throws Exception {
		var company = fixtures.company();
		var hr = company.hr();
		String en = mvc.perform(get("/admin/security").with(Fixtures.as(hr)).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Not set up").contains("only be switched off once single sign-on")
			.containsPattern("value=\"false\"\\s+disabled");
		String zh = mvc.perform(get("/admin/security").with(Fixtures.as(hr)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(zh).contains("未配置").contains("因此不能关闭密码登录");

		// a hand-made request is refused on the server too
		String refused = mvc.perform(post("/admin/security/password-sign-in").with(Fixtures.as(hr)).with(csrf())
			.param("allowed", "false")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("data-test=\"policy-problem\"");
		assertThat(jdbc.sql("select count(*) from account_sign_in_policy where tenant_id = :tenant")
			.param("tenant", company.id()).query(Integer.class).single()).isZero();
		mvc.perform(post("/admin/security/password-sign-in").with(Fixtures.as(company.employee())).with(csrf())
			.param("allowed", "false")).andExpect(status().isForbidden());
	}

}
