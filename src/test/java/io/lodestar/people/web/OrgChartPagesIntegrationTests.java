package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class OrgChartPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void orgChartShowsEveryUnitWithKindHeadcountAndLazyMembers() throws Exception {
		var company = fixtures.company();
		String html = page(get("/org").with(Fixtures.as(company.employee())));

		assertThat(html).contains("Company " + company.code(), ">Sales<", ">Sales East<", ">Department<", ">Team<");
		// Sales East: Emma and Carl; Sales: Max plus the team; the company: everyone (HR and Eve sit at the top)
		assertThat(html).contains("id=\"unit-" + company.teamUnit() + "\"", "2 people", "3 people", "5 people");
		// closed units load their members when first opened; the root is open and shows its people already
		assertThat(html).contains("hx-get=\"/org/units/" + company.salesUnit() + "/members\"", "hx-trigger=\"toggle once\"",
				"hx-target=\"#members-" + company.salesUnit() + "\"");
		assertThat(html).contains("Eve Executive", "href=\"/people/" + company.executive().employeeId() + "\"");
		assertThat(html).doesNotContain("href=\"/people/" + company.employee().employeeId() + "\"");
	}

	@Test
	void openingAUnitLoadsItsMembersWithLinksToTheirProfiles() throws Exception {
		var company = fixtures.company();
		String html = page(get("/org/units/{id}/members", company.teamUnit()).header("HX-Request", "true")
			.with(Fixtures.as(company.employee())));

		assertThat(html).contains("Emma Employee", "Carl Colleague", "Sales representative",
				"href=\"/people/" + company.employee().employeeId() + "\"",
				"href=\"/people/" + company.colleague().employeeId() + "\"");
		assertThat(html).doesNotContain("<html", "Max Manager");
	}

	@Test
	void searchFindsAPersonWithTheirUnitPathAndLinksToThemInTheChart() throws Exception {
		var company = fixtures.company();
		String html = page(get("/org/search").param("q", "emma").header("HX-Request", "true")
			.with(Fixtures.as(company.colleague())));

		assertThat(html).contains("Emma Employee", "E-1", "Sales › Sales East · Sales representative",
				"href=\"/org?unit=" + company.teamUnit() + "&amp;person=" + company.employee().employeeId() + "\"",
				"href=\"/people/" + company.employee().employeeId() + "\"");
		assertThat(html).doesNotContain("Carl Colleague");

		String none = page(get("/org/search").param("q", "nobody-like-this").header("HX-Request", "true")
			.with(Fixtures.as(company.colleague())));
		assertThat(none).contains("Nobody active matches");
	}

	@Test
	void searchWithoutJavaScriptShowsTheResultsOnTheChartPage() throws Exception {
		var company = fixtures.company();
		mvc.perform(get("/org/search").param("q", "carl").with(Fixtures.as(company.employee())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/org?q=carl"));
		String html = page(get("/org").param("q", "carl").with(Fixtures.as(company.employee())));
		assertThat(html).contains("Carl Colleague", "Sales East");
	}

	@Test
	void choosingAPersonOpensTheChartAtTheirUnitAndHighlightsThem() throws Exception {
		var company = fixtures.company();
		String html = page(get("/org").param("unit", company.teamUnit().toString())
			.param("person", company.employee().employeeId().toString())
			.with(Fixtures.as(company.colleague())));

		// the path down to the unit is open and the unit's members are on the page, Emma marked for app.js
		assertThat(html).containsPattern("<details id=\"unit-" + company.salesUnit() + "\" open=\"open\"");
		assertThat(html).containsPattern("<details id=\"unit-" + company.teamUnit() + "\" open=\"open\"");
		assertThat(html).containsPattern(
				"class=\"person highlight\" href=\"/people/" + company.employee().employeeId() + "\"\\s+data-focus=\"true\"");
		assertThat(html).contains("Carl Colleague");

		// the person alone is enough: the chart opens at their unit
		String byPerson = page(get("/org").param("person", company.manager().employeeId().toString())
			.with(Fixtures.as(company.employee())));
		assertThat(byPerson).containsPattern("<details id=\"unit-" + company.salesUnit() + "\" open=\"open\"");
		assertThat(byPerson).contains("data-focus=\"true\"");
	}

	@Test
	void anotherCompanysUnitsAndPeopleAreNotFound() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		var as = Fixtures.as(company.employee());
		mvc.perform(get("/org").param("unit", other.teamUnit().toString()).with(as)).andExpect(status().isNotFound());
		mvc.perform(get("/org").param("person", other.employee().employeeId().toString()).with(as))
			.andExpect(status().isNotFound());
		mvc.perform(get("/org/units/{id}/members", other.teamUnit()).with(as)).andExpect(status().isNotFound());
		mvc.perform(get("/org/units/{id}/members", UUID.randomUUID()).with(as)).andExpect(status().isNotFound());
		String search = page(get("/org/search").param("q", "Emma").header("HX-Request", "true").with(as));
		assertThat(search).doesNotContain(other.employee().employeeId().toString());
	}

	@Test
	void orgChartSpeaksChinese() throws Exception {
		var company = fixtures.company();
		String html = page(get("/org").header("Accept-Language", "zh-CN").with(Fixtures.as(company.employee())));
		assertThat(html).contains("组织架构", "查找员工", "部门", "5 人");
		String search = page(get("/org/search").param("q", "zzz").header("HX-Request", "true")
			.header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.employee())));
		assertThat(search).contains("没有找到");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
