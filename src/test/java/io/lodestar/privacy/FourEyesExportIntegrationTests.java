package io.lodestar.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.CreatedUser;
import io.lodestar.account.NewUser;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.NewEmployee;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/** With four-eyes exports, HR's own bulk export needs a second HR administrator, and the direct export drops phones. */
@IntegrationTest
@TestPropertySource(properties = "lodestar.privacy.four-eyes-exports=true")
class FourEyesExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	EmployeeManagement employees;

	@Autowired
	AccountManagement accounts;

	@Test
	void hrsOwnRequestWaitsForASecondHrAdministrator() throws Exception {
		var company = fixtures.company();
		Fixtures.Person secondHr = SystemActor.runAs(company.id(), () -> {
			var system = SystemActor.in(company.id());
			EmployeeView hired = employees.hire(system, new NewEmployee("HR-2", "Hao HR", "hao@" + company.code().toLowerCase()
					+ ".test", null, LocalDate.of(2021, 1, 1), company.rootUnit(), null, null));
			CreatedUser account = accounts.create(system, new NewUser(hired.id(), null, null, Set.of(Role.HR_ADMIN)));
			return new Fixtures.Person(hired.id(), account.user().id(), "Hao HR", "hao@x", account.initialPassword(),
					EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN), company.id());
		});
		String hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);

		byte[] direct = mvc.perform(get("/api/v1/employees/export.xlsx").with(Api.bearer(hr))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ExportApprovalIntegrationTests.cells(direct)).contains(company.colleague().email())
			.doesNotContain("+86 138 0000");

		String body = mvc.perform(post("/api/v1/privacy/export-requests").with(Api.bearer(hr))
			.contentType("application/json").content("{\"kind\":\"EMPLOYEE_DIRECTORY\",\"reason\":\"Year-end audit\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn().getResponse().getContentAsString();
		UUID request = UUID.fromString(json.readTree(body).get("id").asString());
		mvc.perform(post("/api/v1/privacy/export-requests/" + request + "/approve").with(Api.bearer(hr)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/privacy/export-requests/" + request + "/approve")
			.with(Api.bearer(fixtures.token(secondHr, TokenScope.READ, TokenScope.WRITE))))
			.andExpect(status().isOk());
		byte[] approved = mvc.perform(get("/api/v1/privacy/export-requests/" + request + "/download")
			.with(Api.bearer(hr))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(ExportApprovalIntegrationTests.cells(approved)).contains("+86 138 0000");
	}

}
