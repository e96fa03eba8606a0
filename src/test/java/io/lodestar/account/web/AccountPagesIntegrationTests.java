package io.lodestar.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class AccountPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void myAccountShowsNameEmailTranslatedRolesAndTheLinkedEmployee() throws Exception {
		var company = fixtures.company();
		var hr = company.hr();
		String page = mvc.perform(get("/account").with(Fixtures.as(hr)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hana HR", hr.email(), "HR 管理员", "员工", "/people/" + hr.employeeId(), "HR-1",
				"我的账号", "修改密码", "退出所有设备");
	}

	@Test
	void aCommonPasswordIsRefusedNextToTheFieldAndTheOldPasswordKeepsWorking() throws Exception {
		var employee = fixtures.company().employee();
		MockHttpSession session = WebSignIn.signIn(mvc, employee.email(), employee.password());
		String page = mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", employee.password())
				.param("newPassword", "password123")
				.param("repeatPassword", "password123"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("This password is too common").contains("id=\"newPassword-error\"");
		assertThat(page).doesNotContain("password123").doesNotContain(employee.password());
		// still signed in, and the old password still works while the common one does not
		mvc.perform(get("/account").session(session)).andExpect(status().isOk());
		assertThat(WebSignIn.signIn(mvc, employee.email(), "password123")).isNull();
		assertThat(WebSignIn.signIn(mvc, employee.email(), employee.password())).isNotNull();
	}

	@Test
	void aWrongCurrentPasswordAndMismatchedRepeatAreShownAtTheirFields() throws Exception {
		var employee = fixtures.company().employee();
		String wrongCurrent = mvc
			.perform(post("/account/password").with(Fixtures.as(employee))
				.with(csrf())
				.param("currentPassword", "not-my-password")
				.param("newPassword", "Harbour-Lights-Quietly-77")
				.param("repeatPassword", "Harbour-Lights-Quietly-77"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrongCurrent).contains("id=\"currentPassword-error\"").contains("The current password is wrong.");
		String mismatch = mvc
			.perform(post("/account/password").with(Fixtures.as(employee))
				.with(csrf())
				.param("currentPassword", employee.password())
				.param("newPassword", "Harbour-Lights-Quietly-77")
				.param("repeatPassword", "Harbour-Lights-Quietly-78"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mismatch).contains("id=\"repeatPassword-error\"").contains("not the same");
		assertThat(WebSignIn.signIn(mvc, employee.email(), employee.password())).isNotNull();
	}

	@Test
	void aSuccessfulChangeEndsEverySessionAndTheNewPasswordSignsIn() throws Exception {
		var employee = fixtures.company().employee();
		MockHttpSession elsewhere = WebSignIn.signIn(mvc, employee.email(), employee.password());
		MockHttpSession here = WebSignIn.signIn(mvc, employee.email(), employee.password());
		String replacement = "Harbour-Lights-Quietly-77";

		mvc.perform(post("/account/password").session(here)
			.with(csrf())
			.param("currentPassword", employee.password())
			.param("newPassword", replacement)
			.param("repeatPassword", replacement)).andExpect(redirectedUrl("/login?passwordChanged"));

		assertThat(here.isInvalid()).isTrue();
		mvc.perform(get("/account").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get("/account").with(Fixtures.as(employee))).andExpect(redirectedUrl("/login?ended"));
		assertThat(WebSignIn.signIn(mvc, employee.email(), employee.password())).isNull();
		assertThat(WebSignIn.signIn(mvc, employee.email(), replacement)).isNotNull();
		String login = mvc.perform(get("/login?passwordChanged")).andReturn().getResponse().getContentAsString();
		assertThat(login).contains("Your password has been changed");
	}

	@Test
	void signOutEverywhereEndsThisAndOtherSessions() throws Exception {
		var employee = fixtures.company().employee();
		MockHttpSession elsewhere = WebSignIn.signIn(mvc, employee.email(), employee.password());
		MockHttpSession here = WebSignIn.signIn(mvc, employee.email(), employee.password());
		mvc.perform(get("/").session(elsewhere)).andExpect(status().isOk());

		mvc.perform(post("/account/sessions/end").session(here).with(csrf())).andExpect(redirectedUrl("/login?ended"));

		assertThat(here.isInvalid()).isTrue();
		mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
		assertThat(jdbc.sql("select session_epoch from account_user where id = :id")
			.param("id", employee.userId())
			.query(Integer.class)
			.single()).isEqualTo(1);
		// the password is unchanged: signing in again works
		assertThat(WebSignIn.signIn(mvc, employee.email(), employee.password())).isNotNull();
	}

	@Test
	void theChosenLanguageIsSavedForTheAccount() throws Exception {
		var employee = fixtures.company().employee();
		mvc.perform(post("/account/language").with(Fixtures.as(employee)).with(csrf()).param("language", "zh-CN"))
			.andExpect(redirectedUrl("/account"));
		assertThat(jdbc.sql("select preferred_locale from account_user where id = :id")
			.param("id", employee.userId())
			.query(String.class)
			.single()).isEqualTo("zh-CN");
		// a new sign-in (no language cookie) now gets Chinese pages
		MockHttpSession session = WebSignIn.signIn(mvc, employee.email(), employee.password());
		String page = mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("我的账号");
	}

	@Test
	void pagesNeedSignInAndFormsNeedCsrf() throws Exception {
		var employee = fixtures.company().employee();
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/account/sessions/end").with(Fixtures.as(employee))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select session_epoch from account_user where id = :id")
			.param("id", employee.userId())
			.query(Integer.class)
			.single()).isZero();
	}

}
