package io.lodestar.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.NewEmployee;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class UserAdminPagesIntegrationTests {

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("id=\"one-time-password\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmployeeManagement employees;

	@Test
	void hrCreatesAnAccountForAnEmployeeAndTheOneTimePasswordSignsIn() throws Exception {
		var company = fixtures.company();
		EmployeeView newcomer = hire(company, "E-9", "Nina Newcomer", "nina@" + company.code().toLowerCase() + ".test");

		String form = mvc.perform(get("/admin/users/new").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the picker offers only active employees without an account, and HR is not offered SYSTEM_ADMIN
		assertThat(form).contains("Nina Newcomer").doesNotContain("Emma Employee").doesNotContain("SYSTEM_ADMIN");

		String created = mvc
			.perform(post("/admin/users").with(Fixtures.as(company.hr()))
				.with(csrf())
				.param("employeeId", newcomer.id().toString())
				.param("roles", "EXECUTIVE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher found = ONE_TIME_PASSWORD.matcher(created);
		assertThat(found.find()).isTrue();
		String password = found.group(1).strip();
		assertThat(created).contains(newcomer.email()).contains("shown only this once");

		assertThat(jdbc.sql("select roles from account_user where employee_id = :id")
			.param("id", newcomer.id())
			.query(String.class)
			.single()).isEqualTo("EXECUTIVE");
		MockHttpSession session = WebSignIn.signIn(mvc, newcomer.email(), password);
		assertThat(session).isNotNull();
		String home = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("Nina Newcomer");
		// the list now shows the account, with its employee, but never a password
		String list = mvc.perform(get("/admin/users").with(Fixtures.as(company.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Nina Newcomer").contains("/people/" + newcomer.id()).doesNotContain(password);
	}

	@Test
	void theListSearchesByNameAndEmail() throws Exception {
		var company = fixtures.company();
		String found = mvc.perform(get("/admin/users").param("q", "emma").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains("Emma Employee").doesNotContain("Carl Colleague");
		String fragment = mvc
			.perform(get("/admin/users").param("q", "carl@").header("HX-Request", "true").with(Fixtures.as(company.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("Carl Colleague").doesNotContain("Emma Employee").doesNotContain("<html");
	}

	@Test
	void anEmployeeGets403OnTheAdministrationPages() throws Exception {
		var employee = fixtures.company().employee();
		mvc.perform(get("/admin/users").with(Fixtures.as(employee))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users/new").with(Fixtures.as(employee))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(Fixtures.as(employee))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/companies").with(Fixtures.as(employee))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/{id}/disable", employee.userId()).with(Fixtures.as(employee)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void hrCannotGrantSystemAdmin() throws Exception {
		var company = fixtures.company();
		EmployeeView newcomer = hire(company, "E-8", "Sam Sneaky", "sam@" + company.code().toLowerCase() + ".test");
		mvc.perform(post("/admin/users").with(Fixtures.as(company.hr()))
			.with(csrf())
			.param("employeeId", newcomer.id().toString())
			.param("roles", "SYSTEM_ADMIN")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from account_user where employee_id = :id")
			.param("id", newcomer.id())
			.query(Long.class)
			.single()).isZero();

		mvc.perform(post("/admin/users/{id}/roles", company.employee().userId()).with(Fixtures.as(company.hr()))
			.with(csrf())
			.param("roles", "SYSTEM_ADMIN")).andExpect(status().isForbidden());
		assertThat(roles(company.employee().userId())).isEmpty();
	}

	@Test
	void hrChangesRolesDisablesEnablesAndEndsSessions() throws Exception {
		var company = fixtures.company();
		UUID emma = company.employee().userId();
		MockHttpSession emmasSession = WebSignIn.signIn(mvc, company.employee().email(), company.employee().password());
		long version = jdbc.sql("select version from account_user where id = :id").param("id", emma).query(Long.class).single();

		mvc.perform(post("/admin/users/{id}/roles", emma).with(Fixtures.as(company.hr()))
			.with(csrf())
			.param("roles", "EXECUTIVE")
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users/" + emma))
			.andExpect(flash().attributeExists("notice"));
		assertThat(roles(emma)).isEqualTo("EXECUTIVE");
		String detail = mvc.perform(get("/admin/users/{id}", emma).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("Emma Employee").contains(company.employee().email());

		mvc.perform(post("/admin/users/{id}/sessions/end", emma).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + emma));
		mvc.perform(get("/").session(emmasSession)).andExpect(redirectedUrl("/login?ended"));

		mvc.perform(post("/admin/users/{id}/disable", emma).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + emma));
		assertThat(accountStatus(emma)).isEqualTo("DISABLED");
		assertThat(WebSignIn.signIn(mvc, company.employee().email(), company.employee().password())).isNull();

		mvc.perform(post("/admin/users/{id}/enable", emma).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + emma));
		assertThat(accountStatus(emma)).isEqualTo("ACTIVE");
		assertThat(WebSignIn.signIn(mvc, company.employee().email(), company.employee().password())).isNotNull();
	}

	@Test
	void refusalsOfTheServiceAreShownOnThePage() throws Exception {
		var company = fixtures.company();
		var hr = company.hr();
		String disableSelf = mvc.perform(post("/admin/users/{id}/disable", hr.userId()).with(Fixtures.as(hr)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(disableSelf).contains("data-test=\"action-error\"").contains("You cannot disable your own account.");
		assertThat(accountStatus(hr.userId())).isEqualTo("ACTIVE");

		String demoteSelf = mvc.perform(post("/admin/users/{id}/roles", hr.userId()).with(Fixtures.as(hr)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(demoteSelf).contains("You cannot take away your own roles.");
		assertThat(roles(hr.userId())).isEqualTo("HR_ADMIN");

		String taken = mvc
			.perform(post("/admin/users").with(Fixtures.as(hr))
				.with(csrf())
				.param("employeeId", company.employee().employeeId().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(taken).contains("Emma Employee already has an account.");
	}

	@Test
	void resettingAPasswordShowsANewOneTimePasswordThatWorks() throws Exception {
		var company = fixtures.company();
		var colleague = company.colleague();
		String page = mvc.perform(post("/admin/users/{id}/password", colleague.userId()).with(Fixtures.as(company.hr()))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher found = ONE_TIME_PASSWORD.matcher(page);
		assertThat(found.find()).isTrue();
		String password = found.group(1).strip();
		assertThat(WebSignIn.signIn(mvc, colleague.email(), colleague.password())).isNull();
		assertThat(WebSignIn.signIn(mvc, colleague.email(), password)).isNotNull();
	}

	@Test
	void hrOfOneCompanyNeverSeesAnotherCompanysUsers() throws Exception {
		var mine = fixtures.company();
		var theirs = fixtures.company();
		String list = mvc.perform(get("/admin/users").with(Fixtures.as(mine.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(mine.employee().email()).doesNotContain(theirs.employee().email());

		UUID foreign = theirs.employee().userId();
		mvc.perform(get("/admin/users/{id}", foreign).with(Fixtures.as(mine.hr()))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/{id}/disable", foreign).with(Fixtures.as(mine.hr())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/{id}/password", foreign).with(Fixtures.as(mine.hr())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/users").with(Fixtures.as(mine.hr()))
			.with(csrf())
			.param("employeeId", theirs.colleague().employeeId().toString())).andExpect(status().isOk());
		assertThat(accountStatus(foreign)).isEqualTo("ACTIVE");
		assertThat(WebSignIn.signIn(mvc, theirs.employee().email(), theirs.employee().password())).isNotNull();
	}

	@Test
	void aPlatformOperatorAddsAnotherSystemAdministratorWhoCanSignIn() throws Exception {
		MockHttpSession operator = WebSignIn.signIn(mvc, WebSignIn.ADMIN_EMAIL, WebSignIn.ADMIN_PASSWORD);
		String form = mvc.perform(get("/admin/users/new").session(operator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).doesNotContain("name=\"employeeId\"").contains("name=\"email\"");
		String email = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@lodestar.test";
		String created = mvc
			.perform(post("/admin/users").session(operator)
				.with(csrf())
				.param("email", email)
				.param("displayName", "Second Operator"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher found = ONE_TIME_PASSWORD.matcher(created);
		assertThat(found.find()).isTrue();
		assertThat(jdbc.sql("select roles from account_user where email = :email and tenant_id is null")
			.param("email", email)
			.query(String.class)
			.single()).isEqualTo("SYSTEM_ADMIN");
		MockHttpSession second = WebSignIn.signIn(mvc, email, found.group(1).strip());
		assertThat(second).isNotNull();
		mvc.perform(get("/").session(second)).andExpect(redirectedUrl("/admin/companies"));
	}

	@Test
	void aSystemAdministratorInACompanyIsOfferedSystemAdmin() throws Exception {
		var company = fixtures.company();
		hire(company, "E-7", "Olga Ops", "olga@" + company.code().toLowerCase() + ".test");
		MockHttpSession operator = WebSignIn.signIn(mvc, WebSignIn.ADMIN_EMAIL, WebSignIn.ADMIN_PASSWORD);
		mvc.perform(post("/admin/companies/{id}/switch", company.id()).session(operator).with(csrf()));
		String form = mvc.perform(get("/admin/users/new").session(operator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Olga Ops").contains("value=\"SYSTEM_ADMIN\"");
	}

	private EmployeeView hire(Fixtures.Company company, String number, String name, String email) {
		return SystemActor.runAs(company.id(), () -> employees.hire(SystemActor.in(company.id()),
				new NewEmployee(number, name, email, null, LocalDate.of(2024, 1, 2), company.teamUnit(), null,
						company.manager().employeeId())));
	}

	private String roles(UUID user) {
		return jdbc.sql("select roles from account_user where id = :id").param("id", user).query(String.class).single();
	}

	private String accountStatus(UUID user) {
		return jdbc.sql("select status from account_user where id = :id").param("id", user).query(String.class).single();
	}

}
