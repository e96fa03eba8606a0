package io.lodestar.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.NewUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Companies over the API: system administrators list and onboard them; nobody else. */
@IntegrationTest
class CompanyApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSystemAdministratorOnboardsACompanyWhoseHrAdministratorCanStartWork() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(systemAdministrator(company), TokenScope.WRITE);
		String code = "NEW" + UUID.randomUUID().toString().substring(0, 8);
		String email = "wang.fang@" + code.toLowerCase() + ".test";
		String body = send(post("/api/v1/companies"), token, onboarding(code, email))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.company.code").value(code))
			.andExpect(jsonPath("$.company.name").value("星辰科技有限公司"))
			.andExpect(jsonPath("$.company.defaultLocale").value("zh-CN"))
			.andExpect(jsonPath("$.hrAdministrator.email").value(email))
			.andExpect(jsonPath("$.hrAdministrator.grantedRoles").value(contains("HR_ADMIN")))
			.andExpect(jsonPath("$.initialPassword").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String companyId = JsonPath.read(body, "$.company.id");
		mvc.perform(get("/api/v1/companies").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(companyId)))
			.andExpect(jsonPath("$[*].id").value(hasItem(company.id().toString())));
		mvc.perform(get("/api/v1/companies/{id}", companyId).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"));
		String issued = mvc.perform(post("/api/v1/tokens").with(Api.basic(email, JsonPath.read(body, "$.initialPassword")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"setup\", \"scopes\": [\"READ\"]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String hrToken = JsonPath.read(issued, "$.token");
		mvc.perform(get("/api/v1/me").with(Api.bearer(hrToken)))
			.andExpect(jsonPath("$.companyId").value(companyId))
			.andExpect(jsonPath("$.companyName").value("星辰科技有限公司"));
		mvc.perform(get("/api/v1/employees").with(Api.bearer(hrToken)))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].name").value("王芳"));
	}

	@Test
	void onlySystemAdministratorsSeeOrRegisterCompanies() throws Exception {
		var company = fixtures.company();
		long before = companies();
		for (var person : new Fixtures.Person[] { company.hr(), company.executive(), company.employee() }) {
			String token = fixtures.token(person, TokenScope.WRITE);
			mvc.perform(get("/api/v1/companies").with(Api.bearer(token))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/companies/{id}", company.id()).with(Api.bearer(token)))
				.andExpect(status().isForbidden());
			send(post("/api/v1/companies"), token, onboarding("X" + person.name().length(), "x@x.test"))
				.andExpect(status().isForbidden());
		}
		send(post("/api/v1/companies"), fixtures.token(systemAdministrator(company), TokenScope.READ),
				onboarding("READONLY", "r@r.test"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		assertThat(companies()).isEqualTo(before);
	}

	@Test
	void badOnboardingRequestsAreRefusedAndCreateNothing() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(systemAdministrator(company), TokenScope.WRITE);
		long before = companies();
		send(post("/api/v1/companies"), token, "{\"hrName\": \"A\", \"hrEmail\": \"a@a.test\", \"hrEmployeeNo\": \"1\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("company"));
		send(post("/api/v1/companies"), token, onboarding("bad code!", "a@a.test"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("company.code"));
		send(post("/api/v1/companies"), token, onboarding("OK1", "not-an-email"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hrEmail"));
		send(post("/api/v1/companies"), token, onboarding("OK2", "b@b.test").replace("Asia/Shanghai", "Mars/Olympus"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("company.timeZone"));
		send(post("/api/v1/companies"), token, onboarding(company.code(), "c@c.test"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("company.code"));
		send(post("/api/v1/companies"), token, onboarding("OK3", company.hr().email()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("hrEmail"));
		mvc.perform(get("/api/v1/companies/{id}", UUID.randomUUID()).with(Api.bearer(token)))
			.andExpect(status().isNotFound());
		assertThat(companies()).isEqualTo(before);
	}

	/** A system administrator working in the company (accounts without an employee are only for them). */
	private Fixtures.Person systemAdministrator(Fixtures.Company company) {
		String email = "ops@" + company.code().toLowerCase() + ".test";
		var created = SystemActor.runAs(company.id(), () -> accounts.create(SystemActor.in(company.id()),
				new NewUser(null, email, "Olga Operator", EnumSet.of(Role.SYSTEM_ADMIN))));
		return new Fixtures.Person(null, created.user().id(), "Olga Operator", email, created.initialPassword(),
				Set.of(Role.SYSTEM_ADMIN), company.id());
	}

	private static String onboarding(String code, String email) {
		return """
				{"company": {"code": "%s", "name": "星辰科技有限公司", "defaultLocale": "zh-CN", "timeZone": "Asia/Shanghai"},
				 "hrName": "王芳", "hrEmail": "%s", "hrEmployeeNo": "HR-001"}
				""".formatted(code, email);
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token, String json) throws Exception {
		return mvc.perform(request.with(Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long companies() {
		return jdbc.sql("select count(*) from company").query(Long.class).single();
	}

}
