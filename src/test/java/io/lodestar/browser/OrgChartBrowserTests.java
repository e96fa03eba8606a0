package io.lodestar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/** A person in a real browser: signs in, switches to Chinese, opens the org chart and finds a colleague. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class OrgChartBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void signInSwitchLanguageOpenTheOrgChartAndFindAColleague() throws Exception {
		var company = fixtures.company();
		try (Browser browser = new Browser(port, 1280, 900, "en")) {
			browser.signIn(company.employee().email(), company.employee().password());
			assertThat(browser.pageText()).contains("Hello, Emma Employee");

			browser.find(By.cssSelector("[data-lang-switch]")).click();
			browser.waitFor(d -> browser.pageText().contains("组织架构"));
			assertThat(browser.pageText()).contains("您好");

			browser.find(By.cssSelector(".sidebar a[href='/org']")).click();
			browser.waitFor(d -> d.getCurrentUrl().endsWith("/org"));
			assertThat(browser.find(By.cssSelector(".tree .unit-name")).getText()).isEqualTo("Company " + company.code());

			// find a colleague as you type, then jump to them in the chart and open their profile
			browser.find(By.id("org-q")).sendKeys("Carl");
			browser.waitFor(d -> d.findElements(By.cssSelector("#person-results a.person")).size() == 1);
			assertThat(browser.find(By.cssSelector("#person-results")).getText()).contains("Carl Colleague")
				.contains("Sales East");
			browser.find(By.cssSelector("#person-results a.person")).click();
			browser.waitFor(d -> d.getCurrentUrl().contains("person=" + company.colleague().employeeId()));
			var highlighted = browser.find(By.cssSelector("[data-focus]"));
			assertThat(highlighted.getText()).contains("Carl Colleague");
			assertThat(highlighted.isDisplayed()).isTrue();
			highlighted.click();
			browser.waitFor(d -> d.getCurrentUrl().endsWith("/people/" + company.colleague().employeeId()));
			assertThat(browser.pageText()).contains("Carl Colleague").contains("E-2");
		}
	}

}
