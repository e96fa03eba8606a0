package io.lodestar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * The dashboards in a real browser on a phone (375 px): ECharts is loaded under the Content-Security-Policy,
 * every chart is drawn from its JSON with the expected lines, the optional support-request panel stays quiet,
 * and nothing is wider than the screen. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class DashboardBrowserTests {

	@LocalServerPort
	int port;

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

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void aManagerReadsTheDashboardsAndTheirChartsOnAPhone() throws Exception {
		DashboardScenario scenario = DashboardScenario
			.build(new DashboardScenario.Services(fixtures, goals, kpis, measurements, calendar, units));
		String period = "?year=" + scenario.fiscalYear() + "&period=Y";
		var manager = scenario.company().manager();
		try (Browser browser = new Browser(port, 375, 812, "zh-CN")) {
			browser.signIn(manager.email(), manager.password());

			browser.open("/dashboard/units/" + scenario.retail() + period);
			assertThat(seriesPerChart(browser, 3)).containsExactly(1L, 3L, 3L);
			assertThat(browser.pageText()).contains("下级部门对比：" + DashboardScenario.FOOTFALL);
			assertFitsTheScreen(browser, "retail");

			browser.open("/dashboard/units/" + scenario.company().salesUnit() + period);
			List<Long> sales = seriesPerChart(browser, 2);
			assertThat(sales).containsExactly(2L, 1L);
			assertThat(browser.pageText()).contains("Emma Employee").contains("116.7%");
			assertFitsTheScreen(browser, "sales");
			// the support-request slot of the (absent) engagement module shows no error toast
			assertThat(browser.find(By.id("toast")).isDisplayed()).isFalse();

			browser.open("/dashboard" + period);
			seriesPerChart(browser, 1);
			assertFitsTheScreen(browser, "company");

			browser.open("/dashboard/people/" + scenario.company().employee().employeeId() + period);
			assertThat(seriesPerChart(browser, 1)).containsExactly(1L);
			assertFitsTheScreen(browser, "person");
		}
	}

	/** Waits until the page's charts are drawn and returns how many series each has. */
	@SuppressWarnings("unchecked")
	private static List<Long> seriesPerChart(Browser browser, int charts) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		browser.waitFor(d -> (Long) js.executeScript("""
				return Array.prototype.filter.call(document.querySelectorAll('[data-chart]'),
				  function (e) { return window.echarts && echarts.getInstanceByDom(e); }).length;""") == charts);
		return (List<Long>) js.executeScript("""
				return Array.prototype.map.call(document.querySelectorAll('[data-chart]'),
				  function (e) { return echarts.getInstanceByDom(e).getOption().series.length; });""");
	}

	private static void assertFitsTheScreen(Browser browser, String name) throws Exception {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		Long width = (Long) js.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width).as(name + " page width").isLessThanOrEqualTo(375);
		// the whole page in one picture, for people reviewing the layout, once the lines have been drawn in
		Thread.sleep(1500);
		Long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 120, 6000)));
		browser.screenshot(Path.of("target/screenshots/dashboard-" + name + "-375.png"));
		window.setSize(size);
	}

}
