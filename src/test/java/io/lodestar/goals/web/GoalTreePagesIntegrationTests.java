package io.lodestar.goals.web;

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
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewKpi;
import io.lodestar.kpi.web.FactoryScenario;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** The decomposition tree and the forms that shape it. */
@IntegrationTest
class GoalTreePagesIntegrationTests {

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

	@Test
	void theTreeShowsTheFactoryDecompositionNestedWithProgressAfterActuals() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		scenario.record(company.manager(), factory, factory.workerKpi(), 3, "3.5", null);
		scenario.record(company.hr(), factory, factory.headKpi(), 3, "4.5", null);

		String html = page(get("/goals").param("year", String.valueOf(factory.year().fiscalYear()))
			.with(Fixtures.as(company.hr())));
		// strategy → unit KPIs → the head's KPI → the worker's KPI, each inside its parent's node
		assertThat(html).containsSubsequence("id=\"goal-" + factory.strategy() + "\"", "降低生产成本10%",
				"id=\"goal-" + factory.lossRate() + "\"", "生产损耗率≤5%", "id=\"goal-" + factory.headKpi() + "\"",
				"车间损耗率≤4.5%", "id=\"goal-" + factory.workerKpi() + "\"", "个人操作损耗率≤4%",
				"id=\"goal-" + factory.utilisation() + "\"", "产能利用率≥90%");
		String worker = node(html, factory.workerKpi());
		// (7 − 3.5) / (7 − 4) = 116.7 %: at or above 100 % is "ok"
		assertThat(worker).contains("116.7 %", "data-status=\"ok\"", "Emma Employee", "href=\"/kpis/" + factory.workerKpi() + "\"");
		// the head's 4.5 against 4.5 is 100 %; the head's parent, the loss rate, rolls it up through its own progress
		assertThat(node(html, factory.headKpi())).contains("100.0 %");
		assertThat(node(html, factory.utilisation())).contains("No data", "data-status=\"none\"");
		// two unit KPIs with equal weights: each half of the strategy
		assertThat(node(html, factory.lossRate())).contains("weight 1 · 50 % of the goal above");
		assertThat(html).contains("href=\"/kpis/new?parent=" + factory.strategy() + "&amp;ownerType=ORG_UNIT\"",
				"href=\"/kpis/new?parent=" + factory.headKpi() + "&amp;ownerType=EMPLOYEE\"",
				"action=\"/goals/" + factory.workerKpi() + "/archive\"");
	}

	@Test
	void anotherEmployeesPersonalKpiIsAbsentFromTheTreeOfAnEmployee() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		UUID colleagues = scenario.create(company.hr(), new NewKpi("Carl: scrap ≤ 3%", null, OwnerType.EMPLOYEE,
				company.colleague().employeeId(), factory.year().id(), factory.headKpi(), null,
				FactoryScenario.config(Direction.AT_MOST, ScoringMethod.RATIO, null, "3", "100")));

		String employees = page(get("/goals").param("year", String.valueOf(factory.year().fiscalYear()))
			.with(Fixtures.as(company.employee())));
		assertThat(employees).contains("个人操作损耗率≤4%", "降低生产成本10%", "生产损耗率≤5%")
			.doesNotContain("Carl: scrap", colleagues.toString())
			// the manager's own KPI is not theirs to see either: the worker's KPI stands on its own
			.doesNotContain("id=\"goal-" + factory.headKpi() + "\"")
			.contains("Contributes to a goal outside this view")
			// an employee sets no goals
			.doesNotContain("/kpis/new", "/archive");

		String managers = page(get("/goals").param("year", String.valueOf(factory.year().fiscalYear()))
			.with(Fixtures.as(company.manager())));
		assertThat(managers).contains("Carl: scrap", "个人操作损耗率≤4%", "车间损耗率≤4.5%");
	}

	@Test
	void aStrategicGoalCreatedThroughTheFormAppearsInTheTreeOfItsYear() throws Exception {
		var company = fixtures.company();
		int year = scenario.lastYear(company);
		UUID yearPeriod = calendar.year(company.id(), year).get(0).id();
		String form = page(get("/goals/new").param("period", yearPeriod.toString()).with(Fixtures.as(company.executive())));
		assertThat(form).contains("name=\"title\"", "value=\"" + yearPeriod + "\" selected=\"selected\"");

		mvc.perform(post("/goals/new").param("title", "").param("ownerType", "COMPANY")
			.param("periodId", yearPeriod.toString()).with(Fixtures.as(company.executive())).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/goals/new").param("title", "Grow revenue 20%").param("ownerType", "COMPANY")
			.param("periodId", yearPeriod.toString()).with(Fixtures.as(company.executive())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		assertThat(page(get("/goals").param("year", String.valueOf(year)).with(Fixtures.as(company.employee()))))
			.contains("Grow revenue 20%");
		assertThat(jdbc.sql("select count(*) from goal where tenant_id = :t and kind = 'STRATEGY'")
			.param("t", company.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void weightsChangeAndArchivedGoalsLeaveTheTreeAndTheirParentsProgress() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		scenario.record(company.hr(), factory, factory.lossRate(), 1, "5", null);
		scenario.record(company.hr(), factory, factory.utilisation(), 1, "45", null);
		var hr = company.hr().principal();
		// equal weights: (1 + 0.5) / 2
		assertThat(goals.get(hr, factory.strategy()).progress()).isEqualByComparingTo("0.75");

		long version = goals.get(hr, factory.lossRate()).version();
		mvc.perform(post("/goals/" + factory.lossRate() + "/edit").param("title", "生产损耗率≤5%").param("weight", "3")
			.param("version", String.valueOf(version)).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// (3 × 1 + 1 × 0.5) / 4
		assertThat(goals.get(hr, factory.strategy()).progress()).isEqualByComparingTo("0.875");

		mvc.perform(post("/goals/" + factory.utilisation() + "/archive").param("archived", "true")
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(goals.get(hr, factory.strategy()).progress()).isEqualByComparingTo("1");
		String tree = page(get("/goals").param("year", String.valueOf(factory.year().fiscalYear()))
			.with(Fixtures.as(company.hr())));
		assertThat(tree).doesNotContain("产能利用率≥90%");

		// an employee may see the goal but not change it
		mvc.perform(post("/goals/" + factory.lossRate() + "/archive").with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anExistingGoalIsLinkedUnderAnotherAndCyclesAreRefusedWithTheReason() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		UUID loose = scenario.create(company.hr(), new NewKpi("Energy use ≤ 100", null, OwnerType.ORG_UNIT,
				company.teamUnit(), factory.year().id(), null, null,
				FactoryScenario.config(Direction.AT_MOST, ScoringMethod.RATIO, null, "100", "100")));
		String form = page(get("/goals/" + factory.strategy() + "/link").with(Fixtures.as(company.hr())));
		assertThat(form).contains("Energy use ≤ 100").doesNotContain("value=\"" + factory.strategy() + "\"");
		mvc.perform(post("/goals/" + factory.strategy() + "/link").param("childId", loose.toString()).param("weight", "2")
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(goals.get(company.hr().principal(), loose).parentId()).isEqualTo(factory.strategy());

		String cycle = page(post("/goals/" + factory.workerKpi() + "/link").param("childId", factory.lossRate().toString())
			.param("weight", "1").with(Fixtures.as(company.hr())).with(csrf()));
		assertThat(cycle).contains("alert-error", "would make a circle");
	}

	@Test
	void theGoalsBelowAGoalLoadOnDemandAsTheUserMaySeeThem() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		String hr = page(get("/goals/" + factory.lossRate() + "/children").header("HX-Request", "true")
			.with(Fixtures.as(company.hr())));
		assertThat(hr.strip()).startsWith("<li").doesNotContain("<html")
			.containsSubsequence("id=\"goal-" + factory.headKpi() + "\"", "id=\"goal-" + factory.workerKpi() + "\"");
		String colleague = page(get("/goals/" + factory.lossRate() + "/children").header("HX-Request", "true")
			.with(Fixtures.as(company.colleague())));
		assertThat(colleague).doesNotContain("个人操作损耗率≤4%", "车间损耗率≤4.5%");
	}

	@Test
	void theTreeRendersInChineseAndEnglish() throws Exception {
		var factory = scenario.build(fixtures.company());
		String year = String.valueOf(factory.year().fiscalYear());
		assertThat(page(get("/goals").param("year", year).header("Accept-Language", "zh-CN")
			.with(Fixtures.as(factory.company().hr())))).contains("目标分解", "战略目标", "暂无数据", "+ 个人 KPI", year + "年");
		assertThat(page(get("/goals").param("year", year).header("Accept-Language", "en")
			.with(Fixtures.as(factory.company().hr())))).contains("Goals", "Strategic goal", "No data", "+ Personal KPI");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The markup of one goal's own line (up to where its children start). */
	static String node(String html, UUID goal) {
		int start = html.indexOf("id=\"goal-" + goal + "\"");
		assertThat(start).as("goal %s in the tree", goal).isNotNegative();
		int end = html.indexOf("id=\"goal-", start + 10);
		return html.substring(start, end < 0 ? html.length() : end);
	}

}
