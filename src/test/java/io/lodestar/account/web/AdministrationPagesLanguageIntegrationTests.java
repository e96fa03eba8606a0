package io.lodestar.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Every account and administration page renders in both languages without a missing message (Thymeleaf
 * shows those as ??key??) and without English left on the Chinese page's headings.
 */
@IntegrationTest
class AdministrationPagesLanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh-CN" })
	void companyPagesRenderCompletely(String language) throws Exception {
		var company = fixtures.company();
		var hr = company.hr();
		fixtures.token(hr, io.lodestar.platform.security.TokenScope.READ);
		List<MockHttpServletRequestBuilder> pages = List.of(get("/account"), get("/account/tokens"),
				get("/admin/users"), get("/admin/users?q=nobody"), get("/admin/users/new"),
				get("/admin/users/{id}", hr.userId()), get("/admin/users/{id}", company.employee().userId()),
				get("/admin/audit"), get("/admin/audit?action=NONE"), get("/admin/security"), get("/account/two-factor"),
				get("/account/confirm"),
				post("/account/tokens").param("name", "Sync").param("scopes", "READ").with(csrf()),
				post("/account/password").param("currentPassword", "x").with(csrf()),
				post("/admin/users/{id}/password", company.colleague().userId()).with(csrf()),
				post("/admin/users/{id}/disable", hr.userId()).with(csrf()));
		for (MockHttpServletRequestBuilder page : pages) {
			check(page.with(Fixtures.as(hr)).header("Accept-Language", language), language);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh-CN" })
	void platformPagesRenderCompletely(String language) throws Exception {
		var company = fixtures.company();
		MockHttpSession admin = WebSignIn.signIn(mvc, WebSignIn.ADMIN_EMAIL, WebSignIn.ADMIN_PASSWORD);
		List<MockHttpServletRequestBuilder> pages = List.of(get("/admin/companies"), get("/admin/companies/new"),
				get("/admin/users"), get("/admin/users/new"), get("/admin/audit"), get("/account"),
				post("/admin/companies").param("code", "").param("timeZone", "UTC").with(csrf()));
		for (MockHttpServletRequestBuilder page : pages) {
			check(page.session(admin).header("Accept-Language", language), language);
		}
		mvc.perform(post("/admin/companies/{id}/switch", company.id()).session(admin).with(csrf()));
		check(get("/admin/companies").session(admin).header("Accept-Language", language), language);
		check(get("/admin/users").session(admin).header("Accept-Language", language), language);
	}

	private void check(RequestBuilder request, String language) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		String html = response.getContentAsString();
		assertThat(response.getStatus()).as(html).isEqualTo(200);
		assertThat(html).doesNotContain("??");
		if ("zh-CN".equals(language)) {
			assertThat(html).contains("lang=\"zh-CN\"").doesNotContain("<h1>Users").doesNotContain("<h2>Profile");
		}
	}

}
