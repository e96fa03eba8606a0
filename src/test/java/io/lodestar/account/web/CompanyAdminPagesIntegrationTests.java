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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class CompanyAdminPagesIntegrationTests {

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("id=\"one-time-password\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSystemAdministratorOnboardsACompanyAndItsHrAdministratorCanSignIn() throws Exception {
		MockHttpSession admin = WebSignIn.signIn(mvc, WebSignIn.ADMIN_EMAIL, WebSignIn.ADMIN_PASSWORD);
		assertThat(admin).isNotNull();
		String code = "ON-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "lin@" + code.toLowerCase() + ".test";

		String form = mvc.perform(get("/admin/companies/new").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Asia/Shanghai").contains("Europe/Berlin");

		String page = mvc
			.perform(post("/admin/companies").session(admin)
				.with(csrf())
				.param("code", code)
				.param("name", "Onboarded Ltd")
				.param("defaultLocale", "zh-CN")
				.param("timeZone", "Asia/Shanghai")
				.param("hrName", "Lin HR")
				.param("hrEmail", email)
				.param("hrEmployeeNo", "HR-001"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher found = ONE_TIME_PASSWORD.matcher(page);
		assertThat(found.find()).isTrue();
		assertThat(page).contains("Onboarded Ltd").contains(email);

		MockHttpSession hr = WebSignIn.signIn(mvc, email, found.group(1).strip());
		assertThat(hr).isNotNull();
		String users = mvc.perform(get("/admin/users").session(hr))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(users).contains("Lin HR");
		String list = mvc.perform(get("/admin/companies").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Onboarded Ltd").contains(code);
	}

	@Test
	void onboardingErrorsAreShownAtTheFieldsAndNothingIsCreated() throws Exception {
		var existing = fixtures.company();
		MockHttpSession admin = WebSignIn.signIn(mvc, WebSignIn.ADMIN_EMAIL, WebSignIn.ADMIN_PASSWORD);
		String page = mvc
			.perform(post("/admin/companies").session(admin)
				.with(csrf())
				.param("code", existing.code())
				.param("name", "Copycat")
				.param("defaultLocale", "en")
				.param("timeZone", "Asia/Shanghai")
				.param("hrName", "Copy HR")
				.param("hrEmail", "copy@copycat.test")
				.param("hrEmployeeNo", "HR-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"code-error\"").contains("A company with code " + existing.code() + " already exists.");
		String invalid = mvc
			.perform(post("/admin/companies").session(admin)
				.with(csrf())
				.param("code", "")
				.param("name", "")
				.param("timeZone", "Asia/Shanghai")
				.param("hrName", "")
				.param("hrEmail", "not-an-email")
				.param("hrEmployeeNo", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("Enter a short code for the company.").contains("Enter a valid e-mail address.");
		assertThat(jdbc.sql("select count(*) from company where name = 'Copycat'").query(Long.class).single()).isZero();
	}

	@Test
	void switchingPutsTheSystemAdministratorIntoTheChosenCompany() throws Exception {
		var company = fixtures.company();
		MockHttpSession admin = WebSignIn.signIn(mvc, WebSignIn.ADMIN_EMAIL, WebSignIn.ADMIN_PASSWORD);
		// without a company the home page sends the operator to the company list
		mvc.perform(get("/").session(admin)).andExpect(redirectedUrl("/admin/companies"));
		String before = mvc.perform(get("/admin/companies").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(before).contains("data-test=\"no-company\"").contains(company.code());

		mvc.perform(post("/admin/companies/{id}/switch", company.id()).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/"));

		String directory = mvc.perform(get("/people").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(directory).contains("Emma Employee").contains("Carl Colleague");
		String after = mvc.perform(get("/admin/companies").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(after).contains("data-test=\"active-company\"").contains("Company " + company.code());
		assertThat(jdbc.sql("""
				select count(*) from platform_audit_event
				where tenant_id = :tenant and action = 'COMPANY_SWITCH' and actor_name = :admin
				""").param("tenant", company.id()).param("admin", WebSignIn.ADMIN_EMAIL).query(Long.class).single())
			.isEqualTo(1);

		mvc.perform(post("/admin/companies/leave").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/companies"));
		mvc.perform(get("/").session(admin)).andExpect(redirectedUrl("/admin/companies"));
	}

	@Test
	void switchingIntoAnUnknownCompanyIsNotFound() throws Exception {
		MockHttpSession admin = WebSignIn.signIn(mvc, WebSignIn.ADMIN_EMAIL, WebSignIn.ADMIN_PASSWORD);
		mvc.perform(post("/admin/companies/{id}/switch", UUID.randomUUID()).session(admin).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/").session(admin)).andExpect(redirectedUrl("/admin/companies"));
	}

	@Test
	void hrAdministratorsCannotOnboardOrSwitch() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		mvc.perform(get("/admin/companies").with(Fixtures.as(company.hr()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/companies/{id}/switch", other.id()).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/companies").with(Fixtures.as(company.hr()))
			.with(csrf())
			.param("code", "NOPE-" + UUID.randomUUID().toString().substring(0, 6))
			.param("name", "Nope")
			.param("timeZone", "UTC")
			.param("hrName", "N")
			.param("hrEmail", "n@nope.test")
			.param("hrEmployeeNo", "N1")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from company where name = 'Nope'").query(Long.class).single()).isZero();
	}

}
