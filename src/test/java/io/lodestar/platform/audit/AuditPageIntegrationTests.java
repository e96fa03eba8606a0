package io.lodestar.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.people.EmployeeCorrection;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeView;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class AuditPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EmployeeManagement employees;

	@Test
	void listsAChangeWithBeforeAndAfterAndMasksSensitiveValues() throws Exception {
		var company = fixtures.company();
		rename(company, company.employee().employeeId(), "Emma Renamed", "+86 139 1111 2222");

		String page = mvc.perform(get("/admin/audit").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Emma Employee").contains("Emma Renamed").contains("→");
		assertThat(page).contains("Changed").contains("/people/" + company.employee().employeeId());
		assertThat(page).contains("hidden value").doesNotContain("139 1111 2222");
		assertThat(page).contains("Asia/Shanghai");
	}

	@Test
	void filtersByActionEntityTypeActorAndDate() throws Exception {
		var company = fixtures.company();
		rename(company, company.employee().employeeId(), "Emma Renamed", null);
		var hr = company.hr();

		String updates = mvc
			.perform(get("/admin/audit").param("action", "UPDATE").param("entityType", "employee").with(Fixtures.as(hr)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(updates)).isEqualTo(1);
		assertThat(updates).contains("Emma Renamed");

		String creations = mvc.perform(get("/admin/audit").param("action", "CREATE").param("entityType", "position")
			.with(Fixtures.as(hr))).andReturn().getResponse().getContentAsString();
		assertThat(rows(creations)).isEqualTo(1);
		assertThat(creations).doesNotContain("Emma Renamed");

		String byNobody = mvc.perform(get("/admin/audit").param("actor", "nobody-like-this").with(Fixtures.as(hr)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(byNobody)).isZero();
		assertThat(byNobody).contains("No audit records match these filters.");

		String bySystem = mvc.perform(get("/admin/audit").param("actor", "SYST").with(Fixtures.as(hr)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(bySystem)).isGreaterThan(3);

		String future = LocalDate.now().plusDays(3).toString();
		String tomorrowOn = mvc.perform(get("/admin/audit").param("from", future).with(Fixtures.as(hr)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(tomorrowOn)).isZero();
		String untilToday = mvc
			.perform(get("/admin/audit").param("to", LocalDate.now().plusDays(1).toString()).with(Fixtures.as(hr)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(untilToday)).isGreaterThan(3);
	}

	@Test
	void htmxGetsOnlyTheResultsAndBadDatesAreExplained() throws Exception {
		var company = fixtures.company();
		String fragment = mvc
			.perform(get("/admin/audit").param("from", "31.12.2026")
				.header("HX-Request", "true")
				.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("id=\"audit-results\"");
		assertThat(fragment).contains("data-test=\"filter-errors\"").contains("is not a valid date");
		assertThat(rows(fragment)).isGreaterThan(0);
	}

	@Test
	void translatesActionsForChineseUsers() throws Exception {
		var company = fixtures.company();
		String page = mvc.perform(get("/admin/audit").header("Accept-Language", "zh-CN").with(Fixtures.as(company.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("审计日志").contains("新建").contains("员工");
	}

	@Test
	void hrOfOneCompanyNeverSeesAnotherCompanysAuditRows() throws Exception {
		var mine = fixtures.company();
		var theirs = fixtures.company();
		rename(theirs, theirs.employee().employeeId(), "Secret Rename", null);

		String page = mvc.perform(get("/admin/audit").with(Fixtures.as(mine.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Secret Rename").doesNotContain(theirs.employee().employeeId().toString())
			.doesNotContain(theirs.hr().email());
		String guessed = mvc
			.perform(get("/admin/audit").param("entityType", "employee")
				.param("entityId", theirs.employee().employeeId().toString())
				.with(Fixtures.as(mine.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(guessed)).isZero();
		assertThat(guessed).doesNotContain("Secret Rename");
	}

	private void rename(Fixtures.Company company, java.util.UUID employeeId, String name, String phone) {
		SystemActor.runAs(company.id(), () -> {
			var system = SystemActor.in(company.id());
			EmployeeView current = employees.get(system, employeeId);
			employees.correct(system, employeeId, new EmployeeCorrection(current.employeeNo(), name, current.email(),
					phone == null ? current.phone() : phone, current.hireDate(), current.version()));
		});
	}

	private static int rows(String html) {
		return html.split("data-test=\"audit-row\"", -1).length - 1;
	}

}
