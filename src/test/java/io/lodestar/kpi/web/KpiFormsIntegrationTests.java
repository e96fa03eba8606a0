package io.lodestar.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Decomposing a goal into KPIs through the form, and changing a KPI's targets. */
@IntegrationTest
class KpiFormsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	GoalManagement goals;

	@Autowired
	KpiManagement kpis;

	@Autowired
	Measurements measurements;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	FactoryScenario scenario;

	@BeforeEach
	void scenario() {
		scenario = new FactoryScenario(goals, kpis, measurements, calendar);
	}

	/** A personal loss-rate KPI as the form sends it, with some fields replaced ("name", "value", ...). */
	private MockHttpServletRequestBuilder personalKpi(FactoryScenario.Factory factory, UUID parent, Fixtures.Person as,
			String... replaced) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("parentId", parent.toString());
		fields.put("ownerType", "EMPLOYEE");
		fields.put("ownerEmployeeId", factory.company().colleague().employeeId().toString());
		fields.put("title", "Carl: personal loss rate ≤ 4%");
		fields.put("periodId", factory.year().id().toString());
		fields.put("contributionWeight", "1");
		fields.put("unit", "%");
		fields.put("direction", "DECREASE");
		fields.put("method", "PROGRESS");
		fields.put("aggregation", "AVERAGE");
		fields.put("frequency", "MONTH");
		fields.put("baseline", "7");
		fields.put("target", "4");
		fields.put("cap", "120");
		fields.put("floor", "0");
		fields.put("weight", "100");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/kpis/new");
		fields.forEach(request::param);
		return request.with(Fixtures.as(as)).with(csrf());
	}

	@Test
	void aManagerDecomposesAUnitKpiIntoAPersonalKpiThroughTheForm() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		String form = page(get("/kpis/new").param("parent", factory.lossRate().toString()).param("ownerType", "EMPLOYEE")
			.with(Fixtures.as(company.manager())));
		// the manager sets goals for the two reports only, and the form starts from the parent KPI's scoring
		assertThat(form).contains("Carl Colleague", "Emma Employee", "value=\"AT_MOST\" selected=\"selected\"",
				"data-show-when=\"method=PROGRESS\"", "data-options-follow=\"direction\"")
			.doesNotContain("Hana HR", "Eve Executive");

		mvc.perform(personalKpi(factory, factory.lossRate(), company.manager()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		var created = jdbc.sql("""
				select g.id, g.parent_id, g.owner_id, k.direction, k.scoring_method, k.baseline, k.target, k.cap
				from goal g join kpi k on k.tenant_id = g.tenant_id and k.goal_id = g.id
				where g.tenant_id = :t and g.title = 'Carl: personal loss rate ≤ 4%'
				""").param("t", company.id()).query((rs, n) -> new Object[] { rs.getObject(1, UUID.class),
						rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
						rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8) })
			.single();
		assertThat(created[1]).isEqualTo(factory.lossRate());
		assertThat(created[2]).isEqualTo(company.colleague().employeeId());
		assertThat(created[3]).isEqualTo("DECREASE");
		assertThat(created[4]).isEqualTo("PROGRESS");
		assertThat((java.math.BigDecimal) created[5]).isEqualByComparingTo("7");
		assertThat((java.math.BigDecimal) created[6]).isEqualByComparingTo("4");
		// the cap was typed in percent
		assertThat((java.math.BigDecimal) created[7]).isEqualByComparingTo("1.2");
		assertThat(page(get("/goals").param("year", String.valueOf(factory.year().fiscalYear()))
			.with(Fixtures.as(company.manager())))).contains("Carl: personal loss rate ≤ 4%");
	}

	@Test
	void progressScoringWithTheTargetEqualToTheBaselineComesBackWithTheErrorNextToTheTarget() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		String html = page(personalKpi(factory, factory.headKpi(), company.hr(), "baseline", "4"));
		assertThat(html).containsPattern("<input type=\"number\"[^>]*id=\"target\"[^>]*value=\"4\"[^>]*>\\s*"
				+ "<p class=\"error\" id=\"target-error\">The target cannot equal the baseline \\(4\\): there would be no "
				+ "progress to measure.</p>");
		// what was typed is kept
		assertThat(html).contains("name=\"title\" value=\"Carl: personal loss rate &le; 4%\"");
		assertThat(count(company)).isEqualTo(4);
	}

	@Test
	void fieldErrorsAndRefusedOwnersAreShownInTheUsersLanguage() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		String html = page(personalKpi(factory, factory.headKpi(), company.hr(), "title", "", "aggregation", "")
			.header("Accept-Language", "zh-CN"));
		assertThat(html).contains("请填写标题。", "请选择期间内多条数据的汇总方式。", "为“车间损耗率≤4.5%”分解 KPI")
			.doesNotContain("Enter a title");
		// an employee may open the form but sets nobody's goals: the pickers are empty and the service refuses
		mvc.perform(personalKpi(factory, factory.headKpi(), company.employee()))
			.andExpect(status().isForbidden());
		assertThat(count(company)).isEqualTo(4);
	}

	@Test
	void changingTheTargetRecomputesTheResultsAndIsOnlyForThoseWhoSetTheKpi() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		scenario.record(company.manager(), factory, factory.workerKpi(), 3, "3.5", null);
		String form = page(get("/kpis/" + factory.workerKpi() + "/configure").with(Fixtures.as(company.manager())));
		assertThat(form).contains("id=\"baseline\"", "value=\"7\"", "value=\"120\"");
		long version = kpis.version(company.manager().principal(), factory.workerKpi());

		mvc.perform(post("/kpis/" + factory.workerKpi() + "/configure").param("unit", "%").param("direction", "DECREASE")
			.param("method", "PROGRESS").param("aggregation", "AVERAGE").param("frequency", "MONTH")
			.param("baseline", "7").param("target", "3.5").param("cap", "120").param("floor", "0").param("weight", "100")
			.param("version", String.valueOf(version)).with(Fixtures.as(company.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// (7 − 3.5) / (7 − 3.5) = 100 %
		assertThat(kpis.get(company.manager().principal(), factory.workerKpi()).overall().completion())
			.isEqualByComparingTo("1");

		mvc.perform(get("/kpis/" + factory.workerKpi() + "/configure").with(Fixtures.as(company.employee())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/kpis/" + factory.workerKpi() + "/configure").with(Fixtures.as(company.colleague())))
			.andExpect(status().isNotFound());
	}

	private long count(Fixtures.Company company) {
		return jdbc.sql("select count(*) from kpi where tenant_id = :t").param("t", company.id()).query(Long.class).single();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
