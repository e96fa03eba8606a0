package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.people.EmployeeManagement;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Person;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class EmployeeProfileIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EmployeeManagement employees;

	@Test
	void phoneHireDateAndHistoryShowToHrTheEmployeeAndTheirManagerOnly() throws Exception {
		var company = fixtures.company();
		UUID emma = company.employee().employeeId();
		String phone = employees.get(SystemActor.in(company.id()), emma).phone();
		assertThat(phone).isNotBlank();

		for (Person allowed : new Person[] { company.hr(), company.employee(), company.manager(), company.executive() }) {
			String html = profile(allowed, emma);
			assertThat(html).as(allowed.name()).contains(phone, "2020-03-01", "Placement history", "Since 2020-03-01");
			assertThat(html).as(allowed.name()).doesNotContain("visible only to the employee");
		}

		String asColleague = profile(company.colleague(), emma);
		assertThat(asColleague).contains("Emma Employee", "E-1", "emma@", "Sales East", "Sales representative",
				"Max Manager", "visible only to the employee");
		assertThat(asColleague).doesNotContain(phone, phone.replace(" ", ""), "2020-03-01", "Placement history");
	}

	@Test
	void profileShowsTheManagerChainDirectReportsAndLinksIntoTheOrgChart() throws Exception {
		var company = fixtures.company();
		String emma = profile(company.colleague(), company.employee().employeeId());
		// Eve at the top, then Max, then Emma herself
		assertThat(emma).containsSubsequence("Where this person sits", "Eve Executive", "Max Manager", "Emma Employee");
		assertThat(emma).contains("href=\"/org?unit=" + company.teamUnit() + "&amp;person=" + company.employee().employeeId() + "\"",
				"href=\"/people/" + company.manager().employeeId() + "\"", "Nobody reports directly to Emma Employee.");

		String max = profile(company.employee(), company.manager().employeeId());
		assertThat(max).contains("Direct reports", "href=\"/people/" + company.employee().employeeId() + "\"",
				"href=\"/people/" + company.colleague().employeeId() + "\"");

		String eve = profile(company.employee(), company.executive().employeeId());
		assertThat(eve).contains("No manager is recorded for Eve Executive.");
	}

	@Test
	void onlyHrSeesTheLifeCycleButtons() throws Exception {
		var company = fixtures.company();
		UUID emma = company.employee().employeeId();
		assertThat(profile(company.hr(), emma)).contains("href=\"/people/" + emma + "/edit\"",
				"href=\"/people/" + emma + "/move\"", "href=\"/people/" + emma + "/leave\"");
		for (Person other : new Person[] { company.employee(), company.manager(), company.executive() }) {
			assertThat(profile(other, emma)).as(other.name())
				.doesNotContain("/people/" + emma + "/edit", "/people/" + emma + "/move", "/people/" + emma + "/leave");
		}
	}

	@Test
	void anotherCompanysEmployeeIsNotFound() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		mvc.perform(get("/people/{id}", other.employee().employeeId()).with(Fixtures.as(company.hr())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}", UUID.randomUUID()).with(Fixtures.as(company.employee())))
			.andExpect(status().isNotFound());
	}

	@Test
	void profileSpeaksChinese() throws Exception {
		var company = fixtures.company();
		String html = mvc
			.perform(get("/people/{id}", company.employee().employeeId()).header("Accept-Language", "zh-CN")
				.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("基本信息", "工号", "直属上级", "入职日期", "任职履历", "汇报关系", "编辑信息", "办理离职");
	}

	private String profile(Person viewer, UUID employee) throws Exception {
		return mvc.perform(get("/people/{id}", employee).with(Fixtures.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
