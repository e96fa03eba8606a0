package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.DirectoryQuery;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeStatus;
import io.lodestar.people.EmployeeView;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Company;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class EmployeeFormsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EmployeeManagement employees;

	@Autowired
	CompanyManagement companies;

	@Test
	void hiringStoresTheEmployeeAndOpensTheirProfile() throws Exception {
		var company = fixtures.company();
		var result = mvc.perform(hire(company, "E-77", "Li Lei", company.manager().employeeId()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/people/*"))
			.andExpect(flash().attributeExists("notice"))
			.andReturn();
		EmployeeView hired = byNumber(company, "E-77");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/people/" + hired.id());
		assertThat(hired.name()).isEqualTo("Li Lei");
		assertThat(hired.orgUnit().id()).isEqualTo(company.teamUnit());
		assertThat(hired.position().id()).isEqualTo(company.position());
		assertThat(hired.manager().id()).isEqualTo(company.manager().employeeId());
		assertThat(hired.phone()).isEqualTo("+86 139 1234 5678");
		assertThat(hired.hireDate()).isEqualTo(LocalDate.of(2024, 5, 6));
	}

	@Test
	void hiringWithATakenEmployeeNumberShowsTheErrorAtTheFieldAndStoresNothing() throws Exception {
		var company = fixtures.company();
		long before = headcount(company);
		String html = mvc.perform(hire(company, "E-1", "Second Emma", null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"employeeNo-error\"", "Employee number E-1 is already used by Emma Employee.",
				"value=\"Second Emma\"");
		assertThat(headcount(company)).isEqualTo(before);

		String invalid = mvc.perform(hire(company, "E-78", " ", null).param("email", "not-an-address"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("Enter the name.", "Enter a valid e-mail address.");
		assertThat(headcount(company)).isEqualTo(before);
	}

	@Test
	void aDateThatCannotBeReadIsReportedAtItsFieldAndNothingIsStored() throws Exception {
		var company = fixtures.company();
		long before = headcount(company);
		String html = mvc.perform(post("/people/new").with(Fixtures.as(company.hr())).with(csrf())
			.param("employeeNo", "E-79").param("name", "Han Meimei").param("hireDate", "someday")
			.param("orgUnitId", company.teamUnit().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"hireDate-error\"", "value=\"Han Meimei\"");
		assertThat(headcount(company)).isEqualTo(before);
	}

	@Test
	void hireFormOffersTheUnitTreePositionsAndActiveManagers() throws Exception {
		var company = fixtures.company();
		String html = mvc.perform(get("/people/new").param("unit", company.salesUnit().toString())
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("\u3000\u3000Sales East", "Sales representative", "Max Manager · M-1 · Sales",
				"value=\"" + companies.today(company.id()) + "\"");
		assertThat(html).containsPattern("<option value=\"" + company.salesUnit() + "\" selected=\"selected\"");
	}

	@Test
	void aMoveThatWouldMakeTheReportingLineCircularIsRejectedWithTheReason() throws Exception {
		var company = fixtures.company();
		UUID max = company.manager().employeeId();
		String html = mvc.perform(post("/people/{id}/move", max).with(Fixtures.as(company.hr())).with(csrf())
			.param("orgUnitId", company.salesUnit().toString())
			.param("managerId", company.employee().employeeId().toString())
			.param("effectiveOn", companies.today(company.id()).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"managerId-error\"",
				"Emma Employee already reports (directly or indirectly) to this employee");
		assertThat(employees.get(SystemActor.in(company.id()), max).manager().id())
			.isEqualTo(company.executive().employeeId());
	}

	@Test
	void aMoveChangesThePlacementAndKeepsTheHistory() throws Exception {
		var company = fixtures.company();
		UUID emma = company.employee().employeeId();
		String form = mvc.perform(get("/people/{id}/move", emma).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("value=\"" + companies.today(company.id()) + "\"");
		mvc.perform(post("/people/{id}/move", emma).with(Fixtures.as(company.hr())).with(csrf())
			.param("orgUnitId", company.salesUnit().toString())
			.param("positionId", company.position().toString())
			.param("managerId", company.executive().employeeId().toString())
			.param("effectiveOn", companies.today(company.id()).toString())
			.param("reason", "Promotion"))
			.andExpect(status().is3xxRedirection());
		EmployeeView moved = employees.get(SystemActor.in(company.id()), emma);
		assertThat(moved.orgUnit().id()).isEqualTo(company.salesUnit());
		assertThat(moved.manager().id()).isEqualTo(company.executive().employeeId());
		assertThat(employees.history(SystemActor.in(company.id()), emma)).hasSize(2);
	}

	@Test
	void editingWithAStaleVersionShowsTheConcurrentChangeMessageAndKeepsTheNewerData() throws Exception {
		var company = fixtures.company();
		UUID emma = company.employee().employeeId();
		long version = employees.get(SystemActor.in(company.id()), emma).version();
		mvc.perform(edit(company, emma, version, "Emma First")).andExpect(status().is3xxRedirection());
		String html = mvc.perform(edit(company, emma, version, "Emma Second"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Someone else changed this record while you were editing it");
		assertThat(employees.get(SystemActor.in(company.id()), emma).name()).isEqualTo("Emma First");
	}

	@Test
	void recordingADepartureWarnsAboutDirectReportsAndRejoiningBringsThePersonBack() throws Exception {
		var company = fixtures.company();
		UUID max = company.manager().employeeId();
		String form = mvc.perform(get("/people/{id}/leave", max).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("data-reports-warning", "2 people still report directly to Max Manager",
				"href=\"/people/" + company.employee().employeeId() + "/move\"");

		UUID emma = company.employee().employeeId();
		String quiet = mvc.perform(get("/people/{id}/leave", emma).with(Fixtures.as(company.hr())))
			.andReturn().getResponse().getContentAsString();
		assertThat(quiet).doesNotContain("data-reports-warning");

		String future = mvc.perform(post("/people/{id}/leave", emma).with(Fixtures.as(company.hr())).with(csrf())
			.param("lastDay", companies.today(company.id()).plusDays(3).toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(future).contains("id=\"lastDay-error\"", "The last working day cannot be in the future yet.");
		assertThat(employees.get(SystemActor.in(company.id()), emma).status()).isEqualTo(EmployeeStatus.ACTIVE);

		mvc.perform(post("/people/{id}/leave", emma).with(Fixtures.as(company.hr())).with(csrf())
			.param("lastDay", companies.today(company.id()).toString()).param("reason", "Moved abroad"))
			.andExpect(status().is3xxRedirection());
		assertThat(employees.get(SystemActor.in(company.id()), emma).status()).isEqualTo(EmployeeStatus.LEFT);
		String profile = mvc.perform(get("/people/{id}", emma).with(Fixtures.as(company.hr())))
			.andReturn().getResponse().getContentAsString();
		assertThat(profile).contains("action=\"/people/" + emma + "/rejoin\"", "Emma Employee left the company");

		mvc.perform(post("/people/{id}/rejoin", emma).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		assertThat(employees.get(SystemActor.in(company.id()), emma).status()).isEqualTo(EmployeeStatus.ACTIVE);
	}

	@Test
	void anEmployeeIsForbiddenEveryFormAndEveryChange() throws Exception {
		var company = fixtures.company();
		UUID emma = company.employee().employeeId();
		UUID carl = company.colleague().employeeId();
		String[] pages = { "/people/new", "/people/" + carl + "/edit", "/people/" + carl + "/move",
				"/people/" + carl + "/leave", "/people/" + emma + "/edit", "/admin/org-units", "/admin/org-units/new",
				"/admin/org-units/" + company.teamUnit() + "/edit", "/admin/positions", "/admin/positions/new",
				"/admin/positions/" + company.position() + "/edit" };
		for (String page : pages) {
			mvc.perform(get(page).with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
			mvc.perform(get(page).with(Fixtures.as(company.manager()))).andExpect(status().isForbidden());
		}
		String[] changes = { "/people/new", "/people/" + carl + "/edit", "/people/" + carl + "/move",
				"/people/" + carl + "/leave", "/people/" + carl + "/rejoin", "/admin/org-units/new",
				"/admin/org-units/" + company.teamUnit() + "/edit", "/admin/org-units/" + company.teamUnit() + "/delete",
				"/admin/positions/new", "/admin/positions/" + company.position() + "/edit",
				"/admin/positions/" + company.position() + "/delete" };
		for (String change : changes) {
			mvc.perform(post(change).with(Fixtures.as(company.employee())).with(csrf())
				.param("employeeNo", "X-1").param("name", "X").param("code", "X").param("kind", "TEAM")
				.param("orgUnitId", company.teamUnit().toString()).param("parentId", company.rootUnit().toString())
				.param("effectiveOn", companies.today(company.id()).toString())
				.param("lastDay", companies.today(company.id()).toString()))
				.andExpect(status().isForbidden());
		}
		assertThat(employees.get(SystemActor.in(company.id()), carl).status()).isEqualTo(EmployeeStatus.ACTIVE);
		assertThat(headcount(company)).isEqualTo(5);
	}

	@Test
	void anotherCompanysEmployeeIsNotFoundOnEveryForm() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		UUID stranger = other.employee().employeeId();
		for (String page : new String[] { "/people/" + stranger + "/edit", "/people/" + stranger + "/move",
				"/people/" + stranger + "/leave" }) {
			mvc.perform(get(page).with(Fixtures.as(company.hr()))).andExpect(status().isNotFound());
			mvc.perform(post(page).with(Fixtures.as(company.hr())).with(csrf()).param("employeeNo", "X-1")
				.param("name", "X").param("orgUnitId", company.teamUnit().toString())
				.param("effectiveOn", companies.today(company.id()).toString())
				.param("lastDay", companies.today(company.id()).toString())).andExpect(status().isNotFound());
		}
		mvc.perform(post("/people/{id}/rejoin", stranger).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(employees.get(SystemActor.in(other.id()), stranger).name()).isEqualTo("Emma Employee");
	}

	@Test
	void formsSpeakChinese() throws Exception {
		var company = fixtures.company();
		String html = mvc.perform(get("/people/new").header("Accept-Language", "zh-CN").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("新增员工", "工号", "所属部门", "直属上级", "入职日期");
		String error = mvc.perform(hire(company, "E-1", "重复工号", null).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(error).contains("工号 E-1 已被 Emma Employee 使用。");
	}

	private MockHttpServletRequestBuilder hire(Company company, String number, String name, UUID manager) {
		return post("/people/new").with(Fixtures.as(company.hr()))
			.with(csrf())
			.param("hireDate", "2024-05-06")
			.param("employeeNo", number)
			.param("name", name)
			.param("phone", "+86 139 1234 5678")
			.param("orgUnitId", company.teamUnit().toString())
			.param("positionId", company.position().toString())
			.param("managerId", manager == null ? "" : manager.toString());
	}

	private MockHttpServletRequestBuilder edit(Company company, UUID id, long version, String name) {
		return post("/people/{id}/edit", id).with(Fixtures.as(company.hr()))
			.with(csrf())
			.param("employeeNo", "E-1")
			.param("name", name)
			.param("email", company.employee().email())
			.param("phone", "")
			.param("hireDate", "2020-03-01")
			.param("version", Long.toString(version));
	}

	private EmployeeView byNumber(Company company, String number) {
		return employees.search(SystemActor.in(company.id()), new DirectoryQuery(number, null, null, null, true),
				PageQuery.of(0, 5, null)).items().get(0);
	}

	private long headcount(Company company) {
		return employees.search(SystemActor.in(company.id()), new DirectoryQuery(null, null, null, null, true),
				PageQuery.of(0, 5, null)).totalItems();
	}

}
