package io.lodestar.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiData;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The KPI library pages: HR and executives add, change, archive and restore definitions with every field;
 * the scoring rules the library refuses are shown next to their fields and nothing is stored; everyone may
 * read the library; employees cannot change it.
 */
@IntegrationTest
class KpiLibraryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KpiLibrary library;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	KpiData data;

	@BeforeEach
	void setUp() {
		data = new KpiData(library, kpis, calendar, jdbc);
	}

	static MockHttpServletRequestBuilder definition(String path, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		Map<String, String> defaults = new java.util.LinkedHashMap<>(Map.of("code", "LOSS-OP", "name", "个人操作损耗率≤4%",
				"unit", "%", "direction", "DECREASE", "method", "PROGRESS", "aggregation", "AVERAGE", "frequency",
				"MONTH", "baseline", "7", "target", "4", "weight", "50"));
		defaults.put("cap", "1.2");
		defaults.put("floor", "0");
		defaults.putAll(fields);
		defaults.forEach((name, value) -> request.param(name, value));
		return request;
	}

	@Test
	void hrCreatesADefinitionWithEveryFieldAndFindsItInTheList() throws Exception {
		var company = fixtures.company();
		String location = mvc.perform(definition("/admin/kpi-library/new", Map.of("description", "按月统计",
				"stretch", "3.5", "steps", "")).with(Fixtures.as(company.hr())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var row = jdbc.sql("select code, name, unit, direction, scoring_method, aggregation, frequency, baseline, target, "
				+ "stretch, cap, floor_value, default_weight, archived from kpi_definition where tenant_id = :t")
			.param("t", company.id())
			.query()
			.singleRow();
		assertThat(row).containsEntry("code", "LOSS-OP").containsEntry("name", "个人操作损耗率≤4%")
			.containsEntry("direction", "DECREASE").containsEntry("scoring_method", "PROGRESS")
			.containsEntry("aggregation", "AVERAGE").containsEntry("frequency", "MONTH").containsEntry("archived", false);
		assertThat((java.math.BigDecimal) row.get("baseline")).isEqualByComparingTo("7");
		assertThat((java.math.BigDecimal) row.get("stretch")).isEqualByComparingTo("3.5");
		assertThat((java.math.BigDecimal) row.get("cap")).isEqualByComparingTo("1.2");
		assertThat((java.math.BigDecimal) row.get("default_weight")).isEqualByComparingTo("50");

		String detail = page(location, company.employee());
		assertThat(detail).contains("个人操作损耗率≤4%", "LOSS-OP", "按月统计", "Progress from baseline to target");
		String list = page("/admin/kpi-library", company.employee());
		assertThat(Html.rows(list, "data-kpi-library")).singleElement()
			.satisfies(text -> assertThat(text).contains("个人操作损耗率≤4%", "LOSS-OP", "%", "Decrease to", "Monthly", "4",
					"50 %"));
		// an employee reads the library but is offered neither editing nor assigning
		assertThat(Html.rawRows(list, "data-kpi-library").get(0)).doesNotContain("/edit", "/assign");
	}

	@Test
	void aMeaninglessRuleIsRefusedNextToItsFieldAndNothingIsStored() throws Exception {
		var company = fixtures.company();
		String sameAsBaseline = (mvc.perform(definition("/admin/kpi-library/new",
				Map.of("baseline", "4", "target", "4")).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(Html.text(sameAsBaseline, "target-error"))
			.isEqualTo("The target cannot equal the baseline (4): there would be no progress to measure.");

		String badSteps = (mvc.perform(definition("/admin/kpi-library/new",
				Map.of("method", "PIECEWISE", "direction", "AT_MOST", "steps", "0.9=1; 0.8=y")).header("Accept-Language", "zh-CN")
				.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(Html.text(badSteps, "steps-error")).contains("0.8=y").contains("0.9=1; 0.8=x0.8; 0=0");

		String blank = (mvc.perform(definition("/admin/kpi-library/new",
				Map.of("code", "", "weight", "150", "target", "abc")).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(Html.text(blank, "code-error")).isEqualTo("Enter a code for the KPI.");
		assertThat(Html.text(blank, "weight-error")).isEqualTo("The weight must be between 0 and 100.");
		assertThat(Html.text(blank, "target-error")).isEqualTo("Enter a number, e.g. 12.5.");
		assertThat(Html.attribute(blank, "target", "value")).isEqualTo("abc");

		String wrongMethod = (mvc.perform(definition("/admin/kpi-library/new",
				Map.of("direction", "DONE", "method", "RATIO")).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(Html.text(wrongMethod, "method-error"))
			.isEqualTo("This scoring method cannot be used with the chosen direction.");
		assertThat(data.definitions(company.id())).isZero();
	}

	@Test
	void codesAreUniqueAndEditingKeepsTheRulesChecked() throws Exception {
		var company = fixtures.company();
		var loss = data.lossRate(company);
		mvc.perform(definition("/admin/kpi-library/new", Map.of("name", "Other")).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(Html.text(result.getResponse().getContentAsString(), "code-error"))
				.isEqualTo("The KPI code LOSS-OP is already used in the library."));

		String edit = page("/admin/kpi-library/" + loss.id() + "/edit", company.executive());
		assertThat(Html.attribute(edit, "baseline", "value")).isEqualTo("7");
		mvc.perform(definition("/admin/kpi-library/" + loss.id() + "/edit", Map.of("baseline", "3", "version",
				String.valueOf(loss.version()))).with(Fixtures.as(company.executive())))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(Html.text(result.getResponse().getContentAsString(), "baseline-error"))
				.startsWith("The baseline (3) is on the wrong side of the target (4)"));
		mvc.perform(definition("/admin/kpi-library/" + loss.id() + "/edit", Map.of("name", "操作损耗率", "target", "3.8",
				"version", String.valueOf(loss.version()))).with(Fixtures.as(company.executive())))
			.andExpect(status().is3xxRedirection());
		var saved = jdbc.sql("select name, target from kpi_definition where id = :id").param("id", loss.id())
			.query()
			.singleRow();
		assertThat(saved.get("name")).isEqualTo("操作损耗率");
		assertThat((java.math.BigDecimal) saved.get("target")).isEqualByComparingTo("3.8");
	}

	@Test
	void archivedDefinitionsLeaveTheListAndComeBackWhenRestored() throws Exception {
		var company = fixtures.company();
		var loss = data.lossRate(company);
		mvc.perform(post("/admin/kpi-library/{id}/archive", loss.id()).with(csrf()).with(Fixtures.as(company.hr())))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/admin/kpi-library", company.hr())).doesNotContain("LOSS-OP");
		assertThat(page("/admin/kpi-library?archived=true", company.hr())).contains("LOSS-OP", "Archived");
		assertThat(page("/admin/kpi-library/" + loss.id() + "/assign", company.hr()))
			.contains("is archived in the library; restore it before assigning it.");
		mvc.perform(post("/admin/kpi-library/{id}/restore", loss.id()).with(csrf()).with(Fixtures.as(company.hr())))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/admin/kpi-library", company.hr())).contains("LOSS-OP");
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and entity_type = "
				+ "'kpi-definition' and action in ('CREATE', 'ARCHIVE', 'RESTORE')").param("t", company.id())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void employeesAndManagersReadTheLibraryButCannotChangeIt() throws Exception {
		var company = fixtures.company();
		var loss = data.lossRate(company);
		for (var person : java.util.List.of(company.employee(), company.manager())) {
			mvc.perform(get("/admin/kpi-library/new").with(Fixtures.as(person))).andExpect(status().isForbidden());
			mvc.perform(definition("/admin/kpi-library/new", Map.of("code", "X")).with(Fixtures.as(person)))
				.andExpect(status().isForbidden());
			mvc.perform(definition("/admin/kpi-library/" + loss.id() + "/edit", Map.of()).with(Fixtures.as(person)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/kpi-library/{id}/archive", loss.id()).with(csrf()).with(Fixtures.as(person)))
				.andExpect(status().isForbidden());
		}
		assertThat(data.definitions(company.id())).isEqualTo(1);
		assertThat(page("/admin/kpi-library/" + loss.id(), company.employee())).contains("LOSS-OP");
	}

	@Test
	void theLibraryReadsInChinese() throws Exception {
		var company = fixtures.company();
		data.lossRate(company);
		String html = mvc.perform(get("/admin/kpi-library").header("Accept-Language", "zh-CN").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("指标库", "降低至", "每月", "分配给员工", "导入实际数据");
	}

	private String page(String path, Fixtures.Person person) throws Exception {
		return mvc.perform(get(path).with(Fixtures.as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
