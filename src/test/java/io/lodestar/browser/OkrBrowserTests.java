package io.lodestar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.goals.OwnerType;
import io.lodestar.okr.Cadence;
import io.lodestar.okr.KeyResultDraft;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.NewCycle;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrCycles;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * The OKR lifecycle in a real browser: an employee drafts an objective and aligns it to the company's, the
 * manager suggests a key result, the employee accepts it and submits, the manager approves, the employee checks
 * in — and the goal map shows the new progress on the objective and up on the company objective.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class OkrBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OkrCycles cycles;

	@Autowired
	Objectives objectives;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void draftSuggestAcceptApproveCheckInAndTheMapShowsIt() throws Exception {
		var company = fixtures.company();
		var setUp = SystemActor.runAs(company.id(), () -> {
			var cycle = cycles.create(company.hr().principal(), new NewCycle("2026 Q4", Cadence.QUARTER,
					LocalDate.of(2026, 10, 1), null, null, null, null, null, null, null));
			var top = objectives.draft(company.executive().principal(), new ObjectiveDraft(cycle.id(), OwnerType.COMPANY,
					null, "Raise user satisfaction 30%", null, null, true, List.of(new KeyResultDraft(null,
							"Survey score 4.2 → 4.8", KeyResultType.METRIC, null, new BigDecimal("4.2"),
							new BigDecimal("4.8"), null, BigDecimal.valueOf(100))), null));
			objectives.submit(company.executive().principal(), top.id(), null);
			objectives.approve(company.hr().principal(), top.id(), null, null);
			return new UUID[] { cycle.id(), top.id() };
		});
		UUID cycle = setUp[0];
		UUID top = setUp[1];
		try (Browser browser = new Browser(port, 1280, 900, "en")) {
			// the employee drafts with two key results, weights 50 + 50
			browser.signIn(company.employee().email(), company.employee().password());
			browser.open("/okr/objectives/new?cycle=" + cycle);
			type(browser, "title", "Optimise product performance");
			type(browser, "kr-0-title", "Response time 800 ms → 640 ms");
			type(browser, "kr-0-start", "800");
			type(browser, "kr-0-target", "640");
			type(browser, "kr-0-weight", "50");
			type(browser, "kr-1-title", "Open bugs 100 → 70");
			type(browser, "kr-1-start", "100");
			type(browser, "kr-1-target", "70");
			type(browser, "kr-1-weight", "50");
			click(browser, By.cssSelector("form button[type=submit].primary"));
			browser.waitFor(d -> d.getCurrentUrl().matches(".*/okr/objectives/[0-9a-f-]{36}$"));
			UUID mine = goal(company, "Optimise product performance");
			// aligned to the company objective
			new Select(browser.find(By.id("parentId"))).selectByValue(top.toString());
			click(browser, By.cssSelector("#alignment form button[type=submit]"));
			browser.waitForText("Raise user satisfaction 30%");

			// the manager suggests the user-test pass rate
			signInAs(browser, company.manager());
			browser.open("/okr/objectives/" + mine);
			type(browser, "suggested-title", "User-test pass rate 80% → 95%");
			type(browser, "suggested-start", "80");
			type(browser, "suggested-target", "95");
			type(browser, "suggestion-body", "Add the user-test pass rate as a key result");
			click(browser, By.cssSelector("form.suggestion-form button[type=submit]"));
			browser.waitFor(d -> !d.findElements(By.cssSelector("[data-suggestion]")).isEmpty());

			// the employee accepts it with one click, and submits
			signInAs(browser, company.employee());
			browser.open("/okr/objectives/" + mine);
			click(browser, By.cssSelector("[data-suggestion] button[value=true]"));
			browser.waitForText("User-test pass rate 80% → 95%");
			click(browser, By.cssSelector("form[action$='/submit'] button[type=submit]"));
			browser.waitFor(d -> d.findElements(By.cssSelector("form[action$='/submit']")).isEmpty());

			// the manager approves
			signInAs(browser, company.manager());
			browser.open("/okr/objectives/" + mine);
			click(browser, By.cssSelector("#review button[type=submit].primary"));
			browser.waitFor(d -> d.findElements(By.id("review")).isEmpty());

			// the employee checks in: 800 → 640 ms reached, the first key result is done
			signInAs(browser, company.employee());
			browser.open("/okr/objectives/" + mine);
			UUID speed = goal(company, "Response time 800 ms → 640 ms");
			click(browser, By.cssSelector("#check-in-" + speed + " > summary"));
			type(browser, "value-" + speed, "640");
			new Select(browser.find(By.id("confidence-" + speed))).selectByValue("9");
			click(browser, By.cssSelector("#check-in-" + speed + " button[type=submit].primary"));
			browser.waitFor(d -> d.getPageSource().contains("100 %") || d.getPageSource().contains("100%"));

			// the goal map shows it on the objective and up on the company objective
			browser.open("/okr/map?cycle=" + cycle);
			String objectiveLine = browser.find(By.cssSelector("#map-" + mine + " > summary")).getText();
			String companyLine = browser.find(By.cssSelector("#map-" + top + " > summary")).getText();
			assertThat(objectiveLine).contains("Optimise product performance").doesNotContain("No data");
			assertThat(progressOf(objectiveLine)).isGreaterThan(0);
			assertThat(companyLine).contains("Raise user satisfaction 30%");
			assertThat(progressOf(companyLine)).isGreaterThan(0);
			assertThat(browser.find(By.cssSelector("[data-trace]")).getText()).contains("Optimise product performance",
					"Raise user satisfaction 30%");
		}
	}

	/** The first percentage on a line of the map. */
	private static double progressOf(String line) {
		var matcher = java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?) ?%").matcher(line.replace("30%", ""));
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
	}

	private UUID goal(Fixtures.Company company, String title) {
		return jdbc.sql("select id from goal where tenant_id = :t and title = :title").param("t", company.id())
			.param("title", title)
			.query(UUID.class)
			.single();
	}

	/** Clicks through script: sticky headers and open panels may cover the button at the window's edge. */
	private static void click(Browser browser, By by) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", browser.find(by));
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
