package io.lodestar.okr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * The retrospective in a real browser: its charts are drawn from their data attributes (no inline script), in
 * Chinese, and nothing is wider than a phone. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class RetrospectiveBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void hrReadsTheRetrospectiveAndItsChartsOnAPhoneAndOnADesk() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), true);
		var hr = scenario.company().hr();
		String page = "/okr/cycles/" + scenario.cycle() + "/retrospective?scope=person&person="
				+ scenario.company().employee().employeeId();
		try (Browser browser = new Browser(port, 375, 812, "zh-CN")) {
			browser.signIn(hr.email(), hr.password());
			browser.open(page);
			// two objectives, two charts each: progress (expected pace + 2 or 1 key results) and confidence
			assertThat(seriesPerChart(browser, 4)).containsExactly(3L, 2L, 2L, 1L);
			assertThat(browser.pageText()).contains("复盘报告", RetrospectiveScenario.PUBLIC_TITLE, "预期进度");
			fitsAndShoot(browser, 375, "retrospective-375");
			browser.open("/admin/okr/cycles/" + scenario.cycle());
			fitsAndShoot(browser, 375, "cycle-375");
		}
		try (Browser browser = new Browser(port, 1280, 900, "en")) {
			browser.signIn(hr.email(), hr.password());
			browser.open(page);
			seriesPerChart(browser, 4);
			fitsAndShoot(browser, 1280, "retrospective-1280");
			browser.open("/admin/okr/cycles");
			fitsAndShoot(browser, 1280, "cycles-1280");
			browser.open("/admin/okr/unit-modes");
			fitsAndShoot(browser, 1280, "unit-modes-1280");
		}
	}

	/** Waits until the page's charts are drawn and returns how many series each has. */
	@SuppressWarnings("unchecked")
	private static List<Long> seriesPerChart(Browser browser, int charts) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		browser.waitFor(d -> (Long) js.executeScript("""
				return Array.prototype.filter.call(document.querySelectorAll('[data-chart-option]'),
				  function (e) { return window.echarts && echarts.getInstanceByDom(e); }).length;""") == charts);
		return (List<Long>) js.executeScript("""
				return Array.prototype.map.call(document.querySelectorAll('[data-chart-option]'),
				  function (e) { return echarts.getInstanceByDom(e).getOption().series.length; });""");
	}

	private static void fitsAndShoot(Browser browser, int screen, String name) throws Exception {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		Long width = (Long) js.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width).as(name + " page width").isLessThanOrEqualTo(screen);
		Thread.sleep(1200);
		Long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 120, 6000)));
		browser.screenshot(Path.of("target/screenshots/okr-" + name + ".png"));
		window.setSize(size);
	}

}
