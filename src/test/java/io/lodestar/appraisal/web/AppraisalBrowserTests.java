package io.lodestar.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * A whole appraisal cycle through the pages in Chromium: HR creates a template from the standard one and a cycle,
 * starts self review; the employee assesses herself; the manager assesses her; HR moves to calibration, lifts her
 * grade with a reason, publishes results; she acknowledges; HR closes and downloads the payroll CSV with her new
 * pay. Along the way every page is photographed at 1280 and 375 px (target/screenshots/appraisal) and must not
 * scroll sideways on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class AppraisalBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots", "appraisal");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	KpiManagement kpis;

	@Autowired
	Measurements measurements;

	final List<String> sideways = new ArrayList<>();

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void hrRunsACycleThroughThePagesAndThePayrollHasTheCalibratedPay() throws Exception {
		// last fiscal year: Emma reached 125 % of her KPI (above the 120 % bonus line)
		AppraisalApi setUp = new AppraisalApi(null, fixtures, calendar, kpis, measurements);
		var company = setUp.company;
		try (Browser browser = new Browser(port, 1280, 900, "en")) {
			signInAs(browser, company.hr());
			browser.open("/admin/appraisal/templates");
			photograph(browser, "templates-empty");
			click(browser, By.cssSelector("a[href$='standard=true']"));
			browser.waitFor(d -> d.findElement(By.id("name")));
			browser.waitFor(d -> !d.findElements(By.cssSelector("[data-preview]")).isEmpty());
			photograph(browser, "template-form");
			type(browser, "formula", "0.7 * kpi + 0.3 * boss");
			browser.waitFor(d -> !d.findElements(By.cssSelector("[data-preview-error]")).isEmpty());
			assertThat(browser.pageText()).contains("\"boss\" at position 19");
			photograph(browser, "template-form-error");
			type(browser, "formula", "");
			type(browser, "name", "Annual");
			click(browser, By.cssSelector("form.template-form button[type=submit]"));
			browser.waitForText("Template \"Annual\" created.");

			browser.open("/admin/appraisal/cycles/new");
			type(browser, "name", "Last year");
			new Select(browser.find(By.id("templateId"))).selectByVisibleText("Annual");
			new Select(browser.find(By.id("periodId"))).selectByValue(setUp.year.id().toString());
			click(browser, By.cssSelector("input[name=unitIds][value='" + company.salesUnit() + "']"));
			type(browser, "payBase", "10000");
			photograph(browser, "cycle-form");
			click(browser, By.cssSelector("form button[type=submit].primary"));
			browser.waitForText("Cycle \"Last year\" created.");
			String cyclePage = browser.driver().getCurrentUrl();
			advance(browser, "Self review");
			photograph(browser, "cycle-self-review");

			// the employee assesses herself
			signInAs(browser, company.employee());
			browser.open("/appraisals");
			photograph(browser, "mine");
			click(browser, By.cssSelector("a[href^='/appraisals/']"));
			new Select(browser.find(By.id("self-rating"))).selectByValue("4");
			type(browser, "self-comment", "Reached my targets");
			photograph(browser, "self-assessment");
			click(browser, By.cssSelector("#self button[type=submit]"));
			browser.waitForText("Self-assessment saved.");
			String appraisal = browser.driver().getCurrentUrl();

			// the manager assesses her
			signInAs(browser, company.manager());
			browser.open("/appraisals/team");
			photograph(browser, "team");
			browser.open(appraisal.substring(appraisal.indexOf("/appraisals/")));
			new Select(browser.find(By.id("manager-rating"))).selectByValue("4.5");
			new Select(browser.find(By.id("potential"))).selectByValue("3");
			photograph(browser, "manager-assessment");
			click(browser, By.cssSelector("#manager form button[type=submit]"));
			browser.waitForText("Assessment saved.");

			// HR: calibration lifts Emma from A to S with a reason
			signInAs(browser, company.hr());
			browser.driver().get(cyclePage);
			advance(browser, "Manager review");
			advance(browser, "Calibration");
			browser.waitForText("11,500.00");
			((JavascriptExecutor) browser.driver()).executeScript("""
					var row = Array.from(document.querySelectorAll('#people tbody tr'))
					  .find(function (tr) { return tr.textContent.indexOf('Emma Employee') >= 0; });
					var form = row.querySelector('form[data-calibrate]');
					row.querySelector('details').open = true;
					form.querySelector('select[name=grade]').value = 'S';
					form.querySelector('input[name=reason]').value = 'Won the key account';
					form.querySelector('button[type=submit]').click();""");
			browser.waitForText("Emma Employee now has grade S.");
			photograph(browser, "cycle-calibration");
			browser.open(cyclePage.substring(cyclePage.indexOf("/admin/")) + "/report");
			photograph(browser, "report");
			browser.driver().get(cyclePage);
			advance(browser, "Results");

			// Emma acknowledges
			signInAs(browser, company.employee());
			browser.open(appraisal.substring(appraisal.indexOf("/appraisals/")));
			browser.waitForText("How the final score came about");
			photograph(browser, "results");
			click(browser, By.cssSelector("[data-acknowledge]"));
			browser.waitForText("Result acknowledged.");

			// HR closes and downloads the payroll: S is 120 % of 10,000 plus 500 above 120 % KPI completion
			signInAs(browser, company.hr());
			browser.driver().get(cyclePage);
			advance(browser, "Closed");
			photograph(browser, "cycle-closed");
			String href = browser.find(By.cssSelector("a[data-payroll=csv]")).getAttribute("href");
			Object download = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					fetch(arguments[0], { credentials: 'same-origin' })
					  .then(function (r) { return r.text().then(function (t) { done(r.status + '\\n' + t); }); })
					  .catch(function (e) { done('failed ' + e); });""", href);
			assertThat(download.toString()).startsWith("200").contains("Emma Employee", "S,", "12500.00");

			browser.open(cyclePage.substring(cyclePage.indexOf("/admin/")) + "?lang=zh-CN");
			photograph(browser, "cycle-closed-zh");
			browser.open("/admin/appraisal/templates/new?standard=true");
			photograph(browser, "template-form-zh");
		}
		assertThat(sideways).isEmpty();
	}

	/** Presses "move to <phase>" (accepting the confirmation) and waits for the notice. */
	private static void advance(Browser browser, String phase) {
		((JavascriptExecutor) browser.driver()).executeScript("window.confirm = function () { return true; };");
		click(browser, By.cssSelector("[data-advance]"));
		browser.waitForText("is now in " + phase + ".");
	}

	/** The page at 1280 px and at 375 px; notes any page that scrolls sideways on a phone. */
	private void photograph(Browser browser, String name) throws Exception {
		Thread.sleep(700); // let charts finish drawing
		browser.screenshot(SHOTS.resolve(name + "-1280.png"));
		browser.driver().manage().window().setSize(new Dimension(375, 800));
		Thread.sleep(700); // the sidebar slides away and charts resize after the window changes
		Object wider = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
		if (Boolean.TRUE.equals(wider)) {
			sideways.add(name);
		}
		browser.screenshot(SHOTS.resolve(name + "-375.png"));
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
		Thread.sleep(300);
	}

	private static void click(Browser browser, By by) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", browser.find(by));
	}

	private static void type(Browser browser, String id, String value) {
		WebElement input = browser.find(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	private static void signInAs(Browser browser, Fixtures.Person person) {
		browser.driver().manage().deleteAllCookies();
		browser.signIn(person.email(), person.password());
	}

}
