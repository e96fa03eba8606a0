package io.lodestar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiData;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * The KPI data pages on a 375 px phone: nothing is wider than the screen, and a manager records a value for
 * the team from the stacked grid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class KpiDataPhoneBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	KpiLibrary library;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void theLibraryAssignmentAndTeamEntryFitAPhoneAndTheGridRecordsAValue() throws Exception {
		var company = fixtures.company();
		KpiData data = new KpiData(library, kpis, calendar, jdbc);
		Period year = data.lastYear(company);
		var loss = data.lossRate(company);
		data.personalKpi(company, company.employee(), "个人操作损耗率≤4%", year,
				KpiData.config(Direction.DECREASE, ScoringMethod.PROGRESS, "7", "4", "50"), loss.id());
		String march = YearMonth.from(year.startsOn().plusMonths(2)).toString();
		try (Browser browser = new Browser(port, 375, 2400, "zh-CN")) {
			browser.signIn(company.hr().email(), company.hr().password());
			for (String page : new String[] { "/admin/kpi-library", "/admin/kpi-library/new",
					"/admin/kpi-library/" + loss.id() + "/assign?unit=" + company.teamUnit(), "/admin/kpi-import",
					"/kpis/entry?period=" + march }) {
				browser.open(page);
				browser.find(By.tagName("h1"));
				screenshot(browser, page);
				assertThat(overflow(browser)).as(page).isLessThanOrEqualTo(0L);
			}

			browser.open("/kpis/entry?period=" + march);
			browser.find(By.cssSelector("[data-entry-grid] input[name='rows[0].value']")).sendKeys("3.5");
			browser.find(By.cssSelector("[data-entry-grid] button[type=submit]")).click();
			browser.waitFor(d -> browser.pageText().contains("已保存 1 个数值"));
			assertThat(browser.pageText()).contains("3.5");
		}
	}

	/** How many pixels the page is wider than the screen (0 or less: it fits). */
	private static long overflow(Browser browser) {
		return (Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
	}

	private static void screenshot(Browser browser, String page) throws java.io.IOException {
		String name = page.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
		browser.screenshot(Path.of("target", "screenshots", "kpi-" + name + ".png"));
	}

}
