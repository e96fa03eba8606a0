package io.lodestar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * The KPI lifecycle in a real browser: HR sets a company goal and decomposes it through a unit KPI into a
 * person's KPI; the person's page shows no data yet; the manager enters an actual; the person's page then shows
 * the completion, and the trend chart draws it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class KpiBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void hrDecomposesACompanyGoalToAPersonAManagerEntersAnActualAndThePersonsPageAndChartChange() throws Exception {
		var company = fixtures.company();
		int year = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
		LocalDate march = calendar.year(company.id(), year).get(0).startsOn().plusMonths(2).plusDays(14);
		try (Browser browser = new Browser(port, 1280, 900, "en")) {
			// HR: a strategic goal of the company for last year
			browser.signIn(company.hr().email(), company.hr().password());
			browser.open("/goals?year=" + year);
			browser.find(By.linkText("New strategic goal")).click();
			browser.find(By.id("title")).sendKeys("Cut production cost 10%");
			submit(browser, "form.card");
			browser.waitForText("Goal \"Cut production cost 10%\" created.");
			UUID strategy = goal(company, "Cut production cost 10%");

			// decomposed into a unit KPI of Sales ...
			browser.find(By.cssSelector("#goal-" + strategy + " a[href*='ownerType=ORG_UNIT']")).click();
			new Select(browser.find(By.id("ownerUnitId"))).selectByValue(company.salesUnit().toString());
			browser.find(By.id("title")).sendKeys("Loss rate ≤ 5%");
			new Select(browser.find(By.id("direction"))).selectByValue("AT_MOST");
			new Select(browser.find(By.id("aggregation"))).selectByValue("AVERAGE");
			browser.find(By.id("unit")).sendKeys("%");
			type(browser, "target", "5");
			submit(browser, "form.kpi-form");
			browser.waitForText("KPI \"Loss rate ≤ 5%\" created.");
			UUID unitKpi = goal(company, "Loss rate ≤ 5%");

			// ... and into the personal KPI of Emma, progress from a baseline: the baseline field appears for it
			browser.find(By.cssSelector("#goal-" + unitKpi + " a[href*='ownerType=EMPLOYEE']")).click();
			assertThat(new Select(browser.find(By.id("direction"))).getFirstSelectedOption().getAttribute("value"))
				.as("the form starts from the unit KPI's scoring").isEqualTo("AT_MOST");
			new Select(browser.find(By.id("ownerEmployeeId"))).selectByValue(company.employee().employeeId().toString());
			browser.find(By.id("title")).sendKeys("Personal loss rate ≤ 4%");
			assertThat(browser.find(By.id("baseline")).isDisplayed()).isFalse();
			new Select(browser.find(By.id("direction"))).selectByValue("DECREASE");
			new Select(browser.find(By.id("method"))).selectByValue("PROGRESS");
			browser.waitFor(d -> d.findElement(By.id("baseline")).isDisplayed());
			type(browser, "baseline", "7");
			type(browser, "target", "4");
			submit(browser, "form.kpi-form");
			browser.waitForText("KPI \"Personal loss rate ≤ 4%\" created.");
			UUID personal = goal(company, "Personal loss rate ≤ 4%");
			assertThat(browser.find(By.cssSelector("#goal-" + unitKpi)).getText()).contains("Personal loss rate ≤ 4%",
					"Emma Employee");

			// Emma sees her KPI without data yet
			signInAs(browser, company.employee());
			browser.open("/kpis/" + personal);
			assertThat(browser.find(By.cssSelector(".overall-completion")).getText()).contains("No data");
			browser.find(By.cssSelector("#completion-chart canvas"));
			assertThat(chartValue(browser, 2)).isNull();

			// the manager records March's actual
			signInAs(browser, company.manager());
			browser.open("/kpis/" + personal);
			type(browser, "value", "3.5");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
					browser.find(By.id("measuredOn")), march.toString());
			browser.find(By.id("sourceRef")).sendKeys("MES-0315");
			submit(browser, "#record form");
			browser.waitForText("Recorded 3.5 % for " + march);

			// Emma's page and chart now show it: (7 − 3.5) / (7 − 4) = 116.7 %
			signInAs(browser, company.employee());
			browser.open("/kpis/" + personal);
			assertThat(browser.find(By.cssSelector(".overall-completion")).getText()).contains("116.7 %");
			browser.find(By.cssSelector("#completion-chart canvas"));
			browser.waitFor(d -> chartValue(browser, 2) != null);
			assertThat(((Number) chartValue(browser, 2)).doubleValue()).isEqualTo(116.7);
			assertThat(browser.pageText()).contains("MES-0315");

			// and on her goals page, and at phone width
			browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
			browser.open("/my/goals?year=" + year);
			assertThat(browser.find(By.id("my-scorecard")).getText()).contains("Personal loss rate ≤ 4%", "116.7 %");
			Object overflow = ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).as("no sideways scrolling at 375 px").isEqualTo(false);
		}
	}


	private UUID goal(Fixtures.Company company, String title) {
		return jdbc.sql("select id from goal where tenant_id = :t and title = :title").param("t", company.id())
			.param("title", title)
			.query(UUID.class)
			.single();
	}

	private static void type(Browser browser, String id, String value) {
		WebElement input = browser.find(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	private static void submit(Browser browser, String form) {
		browser.find(By.cssSelector(form + " button[type=submit].primary")).click();
	}

	private static void signInAs(Browser browser, Fixtures.Person person) {
		browser.driver().manage().deleteAllCookies();
		browser.signIn(person.email(), person.password());
	}

	/** The completion the chart draws for a month (0-based), read from the chart itself. */
	private static Object chartValue(Browser browser, int month) {
		return ((JavascriptExecutor) browser.driver()).executeScript("var chart = window.echarts && "
				+ "echarts.getInstanceByDom(document.getElementById('completion-chart'));"
				+ "return chart ? chart.getOption().series[0].data[arguments[0]] : undefined;", month);
	}

}
