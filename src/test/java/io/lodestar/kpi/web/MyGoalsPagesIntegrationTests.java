package io.lodestar.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewKpi;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** "My goals": a person's KPIs with the weighted score, and a manager's team. */
@IntegrationTest
class MyGoalsPagesIntegrationTests {

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

	FactoryScenario scenario;

	@BeforeEach
	void scenario() {
		scenario = new FactoryScenario(goals, kpis, measurements, calendar);
	}

	@Test
	void theWeightedScoreNormalisesTheWeightsAndWarnsUntilTheyAddUpToOneHundred() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		var attendance = scenario.create(company.hr(), new NewKpi("Attendance ≥ 95%", null, OwnerType.EMPLOYEE,
				company.employee().employeeId(), factory.year().id(), null, null,
				FactoryScenario.config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "95", "60")));
		scenario.record(company.manager(), factory, factory.workerKpi(), 3, "3.5", null);
		scenario.record(company.hr(), factory, attendance, 3, "47.5", null);
		String year = String.valueOf(factory.year().fiscalYear());

		String html = page(get("/my/goals").param("year", year).with(Fixtures.as(company.employee())));
		// weights 100 + 60: (100 × 116.67 % + 60 × 50 %) / 160 = 91.7 %
		assertThat(html).contains("个人操作损耗率≤4%", "Attendance ≥ 95%", "116.7 %", "50.0 %",
				"href=\"/kpis/" + factory.workerKpi() + "\"", "The weights add up to 160 %, not 100 %",
				"(counts as 62.5 %)");
		assertThat(scoreOf(html)).isEqualTo("91.7 %");

		SystemActor.runAs(company.id(), () -> {
			var hr = company.hr().principal();
			KpiConfig worker = kpis.get(hr, factory.workerKpi()).config();
			kpis.configure(hr, factory.workerKpi(), new KpiConfig(worker.unit(), worker.direction(), worker.method(),
					worker.aggregation(), worker.frequency(), worker.baseline(), worker.target(), worker.stretch(),
					worker.rangeLow(), worker.rangeHigh(), worker.inclusive(), worker.tolerance(), worker.steps(),
					worker.cap(), worker.floor(), new BigDecimal("40"), worker.selfReported(), worker.definitionId()), null);
		});
		String complete = page(get("/my/goals").param("year", year).with(Fixtures.as(company.employee())));
		// (40 × 116.67 % + 60 × 50 %) / 100 = 76.7 %
		assertThat(scoreOf(complete)).isEqualTo("76.7 %");
		assertThat(complete).doesNotContain("weights-warning", "not 100 %");
	}

	@Test
	void aManagerAlsoSeesTheScoresOfTheTeamAndAnEmployeeOnlyTheirOwn() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		scenario.record(company.manager(), factory, factory.workerKpi(), 3, "3.5", null);
		String year = String.valueOf(factory.year().fiscalYear());

		String managers = page(get("/my/goals").param("year", year).with(Fixtures.as(company.manager())));
		assertThat(managers).contains("车间损耗率≤4.5%", "My team", "id=\"person-" + company.employee().employeeId() + "\"",
				"Emma Employee", "个人操作损耗率≤4%");
		String employees = page(get("/my/goals").param("year", year).with(Fixtures.as(company.employee())));
		assertThat(employees).contains("个人操作损耗率≤4%").doesNotContain("My team", "车间损耗率≤4.5%");
		// nothing in the current year yet
		assertThat(page(get("/my/goals").with(Fixtures.as(company.employee())))).contains("No KPIs in this period.");
	}

	@Test
	void myGoalsRendersInChinese() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		String html = page(get("/my/goals").param("year", String.valueOf(factory.year().fiscalYear()))
			.header("Accept-Language", "zh-CN").with(Fixtures.as(company.manager())));
		assertThat(html).contains("我的目标", "加权得分", "我的团队", "暂无数据");
	}

	/** The text of the signed-in person's own weighted score. */
	private static String scoreOf(String html) {
		int card = html.indexOf("id=\"my-scorecard\"");
		int badge = html.indexOf("class=\"badge", card);
		int start = html.indexOf('>', badge) + 1;
		return html.substring(start, html.indexOf('<', start)).strip();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
