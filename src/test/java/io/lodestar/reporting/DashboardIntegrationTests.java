package io.lodestar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The company, unit and person dashboards and their charts over the factory decomposition and the retail stores
 * of {@link DashboardScenario}: completions and status colours, weighted scores with the weight warning, the
 * store comparison, and who sees which people.
 */
@IntegrationTest
class DashboardIntegrationTests {

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
	OrgUnitManagement units;

	DashboardScenario scenario;

	String year;

	@BeforeEach
	void scenario() {
		scenario = DashboardScenario
			.build(new DashboardScenario.Services(fixtures, goals, kpis, measurements, calendar, units));
		year = "year=" + scenario.fiscalYear() + "&period=Y";
	}

	@Test
	void theCompanyDashboardShowsEachKpiWithItsCompletionInItsStatusColour() throws Exception {
		String html = page("/dashboard?" + year, scenario.company().hr());
		assertThat(row(html, scenario.lossRate())).contains("data-status=\"OK\"", "badge completion ok", "100.0%",
				"生产损耗率≤5%", "Sales");
		assertThat(row(html, scenario.utilisation())).contains("data-status=\"WARN\"", "badge completion warn", "80.0%");
		assertThat(row(html, scenario.retailMargin())).contains("data-status=\"BAD\"", "badge completion bad", "50.0%",
				"15 %", "30 %");
		assertThat(row(html, scenario.revenue())).contains("data-status=\"NONE\"", "No data");
		// unit and personal KPIs of lower levels are not in the company table
		assertThat(html).doesNotContain("/kpis/" + scenario.workerKpi()).doesNotContain("/kpis/" + scenario.footfall().get(0));
		// the strategic goal with the progress rolled up from loss rate (100 %) and utilisation (80 %)
		assertThat(html).contains("降低生产成本10%").contains("90.0%");
		// drill-down to the top-level units
		assertThat(html).contains("/dashboard/units/" + scenario.company().salesUnit())
			.contains("/dashboard/units/" + scenario.retail());
		// HR sees how people's scores spread: the colleague below 60 %, the manager and the worker at 100–120 %
		assertThat(bucket(html, "below-60")).isEqualTo(1);
		assertThat(bucket(html, "100-120")).isEqualTo(2);
		assertThat(bucket(html, "80-100")).isZero();
	}

	@Test
	void aMonthShowsTheResultsOfThatMonth() throws Exception {
		String html = page("/dashboard?year=" + scenario.fiscalYear() + "&period=M1", scenario.company().hr());
		// January: 5.2 % loss against 5 % → 96.2 %
		assertThat(row(html, scenario.lossRate())).contains("data-status=\"WARN\"", "96.2%");
		assertThat(row(html, scenario.utilisation())).contains("80.0%");
		assertThat(html).contains("selected=\"selected\">" + scenario.fiscalYear() + "-01</option>");
	}

	@Test
	void onlyHrAndExecutivesSeeTheCompanyWideDistribution() throws Exception {
		assertThat(page("/dashboard?" + year, scenario.company().executive())).contains("People by weighted KPI score");
		String employee = page("/dashboard?" + year, scenario.company().employee());
		assertThat(employee).contains("生产损耗率≤5%").doesNotContain("People by weighted KPI score")
			.doesNotContain("data-bucket");
		assertThat(status("/reporting/charts/company/distribution?" + year, scenario.company().employee())).isEqualTo(404);
		assertThat(status("/reporting/charts/company/distribution?" + year, scenario.company().manager())).isEqualTo(404);
		String chart = json("/reporting/charts/company/distribution?" + year, scenario.company().hr());
		assertThat(JsonPath.<List<Integer>>read(chart, "$.series[0].data[*].value")).containsExactly(1, 0, 0, 2, 0);
	}

	@Test
	void theCompanyTrendHasOneLinePerKpiOverTheMonthsWithData() throws Exception {
		String chart = json("/reporting/charts/company/trend?" + year, scenario.company().employee());
		assertThat(JsonPath.<List<String>>read(chart, "$.xAxis.data")).hasSize(2);
		assertThat(JsonPath.<List<String>>read(chart, "$.series[*].name")).contains("生产损耗率≤5% (Sales)",
				"年营业额≥1亿元");
		// 5 / 5.2 and 5 / 4.8
		assertThat(JsonPath.<List<Double>>read(chart, "$.series[?(@.name == '生产损耗率≤5% (Sales)')].data[*]"))
			.containsExactly(96.2, 104.2);
	}

	@Test
	void theUnitDashboardShowsPeopleWithTheirWeightedScoresToHrAndTheirManager() throws Exception {
		for (Fixtures.Person viewer : List.of(scenario.company().hr(), scenario.company().manager())) {
			String html = page("/dashboard/units/" + scenario.company().salesUnit() + "?" + year, viewer);
			assertThat(row(html, scenario.lossRate())).contains("100.0%");
			assertThat(person(html, scenario.company().manager().employeeId())).contains("Max Manager", "100.0%",
					"Weights add up to 50%");
			assertThat(person(html, scenario.company().employee().employeeId())).contains("Emma Employee", "116.7%",
					"Sales East", "Weights add up to 50%", "/dashboard/people/" + scenario.company().employee().employeeId());
			assertThat(person(html, scenario.company().colleague().employeeId())).contains("Carl Colleague", "55.0%",
					"badge completion bad")
				.doesNotContain("Weights add up");
			assertThat(html).contains("/dashboard/units/" + scenario.company().teamUnit());
			assertThat(bucket(html, "below-60")).isEqualTo(1);
			assertThat(bucket(html, "100-120")).isEqualTo(2);
			assertThat(status("/reporting/charts/units/" + scenario.company().salesUnit() + "/distribution?" + year, viewer))
				.isEqualTo(200);
		}
	}

	@Test
	void anEmployeeSeesTheUnitKpisButNoPeople() throws Exception {
		for (UUID unit : List.of(scenario.company().salesUnit(), scenario.company().teamUnit())) {
			String html = page("/dashboard/units/" + unit + "?" + year, scenario.company().employee());
			assertThat(html).doesNotContain("data-person").doesNotContain("Carl Colleague").doesNotContain("data-bucket");
			assertThat(status("/reporting/charts/units/" + unit + "/distribution?" + year, scenario.company().employee()))
				.isEqualTo(404);
		}
		assertThat(page("/dashboard/units/" + scenario.company().salesUnit() + "?" + year, scenario.company().employee()))
			.contains("生产损耗率≤5%", "产能利用率≥90%");
	}

	@Test
	void theRetailUnitComparesItsStoresOnTheFootfallKpiMonthByMonth() throws Exception {
		var employee = scenario.company().employee();
		String html = page("/dashboard/units/" + scenario.retail() + "?" + year, employee);
		assertThat(html).contains("Sub-units compared: " + DashboardScenario.FOOTFALL)
			.contains("/reporting/charts/units/" + scenario.retail() + "/compare?kpi=");
		for (UUID store : scenario.stores()) {
			assertThat(html).contains("data-unit=\"" + store + "\"");
		}
		String chart = mvc.perform(get("/reporting/charts/units/{id}/compare", scenario.retail())
			.param("kpi", "t:" + DashboardScenario.FOOTFALL)
			.param("year", String.valueOf(scenario.fiscalYear()))
			.param("period", "Y")
			.with(Fixtures.as(employee))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(chart, "$.series[*].name")).containsExactlyElementsOf(DashboardScenario.STORES);
		assertThat(JsonPath.<List<String>>read(chart, "$.xAxis.data")).hasSize(6);
		assertThat(JsonPath.<String>read(chart, "$.yAxis.name")).isEqualTo("人次");
		for (int store = 0; store < 3; store++) {
			List<Integer> points = JsonPath.read(chart, "$.series[" + store + "].data[*]");
			assertThat(points).hasSize(6);
			for (int month = 1; month <= 6; month++) {
				assertThat(points.get(month - 1)).isEqualTo(DashboardScenario.footfall(store, month));
			}
		}
		String subUnits = json("/reporting/charts/units/" + scenario.retail() + "/sub-units?" + year, employee);
		assertThat(JsonPath.<List<Object>>read(subUnits, "$.series")).hasSize(3);
		assertThat(status("/reporting/charts/units/" + scenario.retail() + "/compare?kpi=t:unknown&" + year, employee))
			.isEqualTo(404);
	}

	@Test
	void thePersonDashboardShowsTheirKpisToThemselvesTheirManagersAndHrOnly() throws Exception {
		UUID emma = scenario.company().employee().employeeId();
		String own = page("/dashboard/people/" + emma + "?" + year, scenario.company().employee());
		assertThat(row(own, scenario.workerKpi())).contains("个人操作损耗率≤4%", "116.7%", "3.5 %", "badge completion ok");
		assertThat(own).contains("My KPIs").contains("add up to 50% instead of 100%");
		for (Fixtures.Person viewer : List.of(scenario.company().manager(), scenario.company().hr(),
				scenario.company().executive())) {
			assertThat(page("/dashboard/people/" + emma + "?" + year, viewer)).contains("/kpis/" + scenario.workerKpi());
		}
		assertThat(status("/dashboard/people/" + emma + "?" + year, scenario.company().colleague())).isEqualTo(404);
		assertThat(status("/reporting/charts/people/" + emma + "/trend?" + year, scenario.company().colleague()))
			.isEqualTo(404);
		// the manager's dashboard is not for the people below them either
		UUID max = scenario.company().manager().employeeId();
		assertThat(status("/dashboard/people/" + max + "?" + year, scenario.company().employee())).isEqualTo(404);
		String trend = json("/reporting/charts/people/" + emma + "/trend?" + year, scenario.company().employee());
		assertThat(JsonPath.<List<Object>>read(trend, "$.series[0].data[*]")).containsExactly(null, null, 116.7);
	}

	@Test
	void dashboardsSpeakChineseAndEnglish() throws Exception {
		var hr = scenario.company().hr();
		List<String> pages = List.of("/dashboard?" + year, "/dashboard/units/" + scenario.retail() + "?" + year,
				"/dashboard/units/" + scenario.company().salesUnit() + "?" + year,
				"/dashboard/people/" + scenario.company().employee().employeeId() + "?" + year);
		for (String path : pages) {
			String chinese = mvc.perform(get(path).header("Accept-Language", "zh-CN").with(Fixtures.as(hr)))
				.andReturn().getResponse().getContentAsString();
			String english = mvc.perform(get(path).header("Accept-Language", "en").with(Fixtures.as(hr)))
				.andReturn().getResponse().getContentAsString();
			assertThat(chinese).as(path).doesNotContain("??").contains("仪表盘").contains("完成率").doesNotContain("Completion");
			assertThat(english).as(path).doesNotContain("??").contains("Completion").doesNotContain("完成率");
		}
		String chart = mvc.perform(get("/reporting/charts/company/trend?" + year).header("Accept-Language", "zh-CN")
			.with(Fixtures.as(hr))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(chart, "$.yAxis.name")).isEqualTo("完成率（%）");
		assertThat(JsonPath.<List<String>>read(chart, "$.xAxis.data").get(0)).isEqualTo(scenario.fiscalYear() + "年1月");
	}

	@Test
	void theMenuLeadsToTheDashboards() throws Exception {
		String home = page("/", scenario.company().employee());
		assertThat(home).contains("href=\"/dashboard\"").containsPattern("icons-[0-9a-f]{32}\\.svg#dashboard");
	}

	private String page(String path, Fixtures.Person person) throws Exception {
		MvcResult result = mvc.perform(get(path).header("Accept-Language", "en").with(Fixtures.as(person))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private String json(String path, Fixtures.Person person) throws Exception {
		MvcResult result = mvc.perform(get(path).header("Accept-Language", "en").with(Fixtures.as(person))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		return result.getResponse().getContentAsString();
	}

	private int status(String path, Fixtures.Person person) throws Exception {
		return mvc.perform(get(path).with(Fixtures.as(person))).andReturn().getResponse().getStatus();
	}

	/** The table row that links to the KPI. */
	static String row(String html, UUID kpi) {
		return rowContaining(html, "href=\"/kpis/" + kpi + "\"");
	}

	static String person(String html, UUID employee) {
		return rowContaining(html, "data-person=\"" + employee + "\"");
	}

	private static String rowContaining(String html, String marker) {
		int at = html.indexOf(marker);
		assertThat(at).as(marker).isNotNegative();
		int start = html.lastIndexOf("<tr", at);
		int end = html.indexOf("</tr>", at);
		return html.substring(start, end);
	}

	/** The count shown for a bucket of the score distribution. */
	static int bucket(String html, String bucket) {
		Matcher matcher = Pattern.compile("data-bucket=\"reporting\\.bucket\\." + Pattern.quote(bucket)
				+ "\">\\s*<span[^>]*>[^<]*</span>\\s*<strong>(\\d+)</strong>").matcher(html);
		assertThat(matcher.find()).as(bucket).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
