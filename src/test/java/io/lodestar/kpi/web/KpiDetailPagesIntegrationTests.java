package io.lodestar.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** A KPI's page: definition, results, explain, recording and correcting actuals, and the chart data. */
@IntegrationTest
class KpiDetailPagesIntegrationTests {

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
	void explainShowsTheFormulaTheSubstitutedExpressionAndTheMeasurementWithItsSource() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		scenario.record(company.manager(), factory, factory.workerKpi(), 3, "3.5", "MES-LINE3-0315");
		UUID march = factory.months().get(2).id();

		String html = page(get("/kpis/" + factory.workerKpi()).param("period", march.toString())
			.with(Fixtures.as(company.employee())));
		assertThat(html).contains(
				"Decrease to 4 % from a baseline of 7 %, monthly, average of the values of each month, capped at 120 %",
				"Reduction from baseline to target = (baseline − actual) ÷ (baseline − target)", "(7 − 3.5)",
				"1.1667", "MES-LINE3-0315", "Entered by hand", company.manager().email(), "116.7 %");
		// where it lands: the head's KPI is not the worker's to read, so only its title shows, without a link
		assertThat(html).contains("车间损耗率≤4.5%", "降低生产成本10%")
			.doesNotContain("href=\"/kpis/" + factory.headKpi() + "\"");
		// twelve months in the results table, March explained
		assertThat(html.split("data-period=\"").length - 1).isEqualTo(12);

		String fragment = page(get("/kpis/" + factory.workerKpi() + "/explain").param("period", march.toString())
			.header("HX-Request", "true").with(Fixtures.as(company.employee())));
		assertThat(fragment).startsWith("<section").contains("(7 − 3.5)", "MES-LINE3-0315").doesNotContain("<html");
		// a month without data says so
		assertThat(page(get("/kpis/" + factory.workerKpi()).param("period", factory.months().get(5).id().toString())
			.with(Fixtures.as(company.employee())))).contains("No actuals in this period yet");
	}

	@Test
	void recordingIntoALockedPeriodIsRefusedForAManagerAndAllowedForHrWithAReason() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		var march = factory.months().get(2);
		SystemActor.runAs(company.id(), () -> calendar.lock(company.hr().principal(), march.id(), true, "paid out"));
		String date = march.startsOn().plusDays(9).toString();

		String refused = page(record(factory.workerKpi(), company.manager(), "value", "4", "measuredOn", date));
		assertThat(refused).contains("The period is locked; only an HR administrator can record into it, with a reason.")
			.doesNotContain("name=\"lockOverride\"");
		assertThat(measurementCount(company)).isZero();

		String noReason = page(record(factory.workerKpi(), company.hr(), "value", "4", "measuredOn", date,
				"lockOverride", "true"));
		assertThat(noReason).contains("Say why a value is recorded into a locked period.");
		assertThat(measurementCount(company)).isZero();

		mvc.perform(record(factory.workerKpi(), company.hr(), "value", "4", "measuredOn", date, "lockOverride", "true",
				"reason", "late scrap report"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from kpi_measurement where tenant_id = :t and lock_override = true "
				+ "and reason = 'late scrap report'").param("t", company.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'LOCK_OVERRIDE'")
			.param("t", company.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(page(get("/kpis/" + factory.workerKpi()).with(Fixtures.as(company.hr())))).contains("HR override",
				"Reason: late scrap report");
	}

	@Test
	void aCorrectionShowsTheOldValueStruckThroughNextToItsReplacement() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		UUID first = scenario.record(company.manager(), factory, factory.workerKpi(), 1, "6", null).recorded().get(0);

		String noReason = page(post("/kpis/" + factory.workerKpi() + "/corrections").param("measurementId", first.toString())
			.param("value", "5.5").param("reason", "").with(Fixtures.as(company.manager())).with(csrf()));
		assertThat(noReason).contains("Say why the value is corrected.", "<details class=\"correct\" open");
		mvc.perform(post("/kpis/" + factory.workerKpi() + "/corrections").param("measurementId", first.toString())
			.param("value", "5.5").param("reason", "typo on the shift sheet").with(Fixtures.as(company.manager()))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());

		String html = page(get("/kpis/" + factory.workerKpi()).with(Fixtures.as(company.employee())));
		assertThat(html).containsPattern("<del>6 %</del>\\s*<span class=\"small muted\">corrected to 5.5 %</span>")
			.contains("Reason: typo on the shift sheet", "Correction");
		// (7 − 5.5) / 3 = 50 % in January
		assertThat(kpis.get(company.hr().principal(), factory.workerKpi()).byPeriod().get(0).completion())
			.isEqualByComparingTo("0.5");
		// a measurement of another KPI cannot be corrected through this one
		UUID other = scenario.record(company.hr(), factory, factory.lossRate(), 1, "5", null).recorded().get(0);
		mvc.perform(post("/kpis/" + factory.workerKpi() + "/corrections").param("measurementId", other.toString())
			.param("value", "1").param("reason", "x").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theChartDataAreEChartsOptionsForThoseWhoMaySeeTheKpiAndNotFoundForOthers() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		scenario.record(company.manager(), factory, factory.workerKpi(), 3, "3.5", null);
		String completion = "/kpis/" + factory.workerKpi() + "/charts/completion";
		mvc.perform(get(completion).accept(MediaType.APPLICATION_JSON).with(Fixtures.as(company.employee())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.xAxis.type").value("category"))
			.andExpect(jsonPath("$.xAxis.data", hasSize(12)))
			.andExpect(jsonPath("$.series[0].type").value("line"))
			.andExpect(jsonPath("$.series[0].name").value("Completion"))
			.andExpect(jsonPath("$.series[0].data", hasSize(12)))
			.andExpect(jsonPath("$.series[0].data[2]").value(116.7))
			.andExpect(jsonPath("$.series[0].data[0]").value(nullValue()))
			.andExpect(jsonPath("$.series[0].markLine.data[0].yAxis").value(100));
		mvc.perform(get("/kpis/" + factory.workerKpi() + "/charts/actuals").header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.employee())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.legend.data", contains("实际值", "目标值")))
			.andExpect(jsonPath("$.series[0].type").value("bar"))
			.andExpect(jsonPath("$.series[0].data[2]").value(3.5))
			.andExpect(jsonPath("$.series[1].data[2]").value(4))
			.andExpect(jsonPath("$.yAxis.axisLabel.formatter").value("{value} %"));
		// the colleague may not see the worker's KPI at all
		mvc.perform(get(completion).with(Fixtures.as(company.colleague()))).andExpect(status().isNotFound());
		mvc.perform(get("/kpis/" + factory.workerKpi() + "/charts/actuals").with(Fixtures.as(company.colleague())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/kpis/" + factory.workerKpi()).with(Fixtures.as(company.colleague())))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyThoseWhoSetTheKpiRecordItsActuals() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		String own = page(get("/kpis/" + factory.workerKpi()).with(Fixtures.as(company.employee())));
		assertThat(own).doesNotContain("action=\"/kpis/" + factory.workerKpi() + "/measurements\"");
		// the worker sees their KPI but records nothing: its actuals come from those who set it
		mvc.perform(record(factory.workerKpi(), company.employee(), "value", "4", "measuredOn",
				factory.months().get(3).startsOn().toString()))
			.andExpect(status().isForbidden());
		assertThat(measurementCount(company)).isZero();
		assertThat(page(get("/kpis/" + factory.workerKpi()).with(Fixtures.as(company.manager()))))
			.contains("action=\"/kpis/" + factory.workerKpi() + "/measurements\"", "Targets and scoring");
	}

	@Test
	void theKpiPageRendersInChinese() throws Exception {
		var factory = scenario.build(fixtures.company());
		var company = factory.company();
		scenario.record(company.manager(), factory, factory.workerKpi(), 3, "3.5", null);
		String html = page(get("/kpis/" + factory.workerKpi()).param("period", factory.months().get(2).id().toString())
			.header("Accept-Language", "zh-CN").with(Fixtures.as(company.manager())));
		assertThat(html).contains("从基线 7 % 降低至 4 %，按月考核，取每月数值的平均值，完成率封顶 120%", "计算说明", "录入实际值",
				"各期完成率", "从基线降至目标的进度");
	}

	private MockHttpServletRequestBuilder record(UUID kpi, Fixtures.Person as, String... fields) {
		MockHttpServletRequestBuilder request = post("/kpis/" + kpi + "/measurements");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request.with(Fixtures.as(as)).with(csrf());
	}

	private long measurementCount(Fixtures.Company company) {
		return jdbc.sql("select count(*) from kpi_measurement where tenant_id = :t").param("t", company.id())
			.query(Long.class)
			.single();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
