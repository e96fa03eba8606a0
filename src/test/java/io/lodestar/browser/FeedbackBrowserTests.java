package io.lodestar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.engagement.EngagementScenario;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * Feedback on a phone (375 px): the manager gives feedback on a KPI, the employee sees the bell, opens the
 * notification, reads and replies; nothing is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class FeedbackBrowserTests {

	static final Path SHOTS = Path.of("target/screenshots/engagement");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	private static void fitsThePhone(Browser browser) {
		Object width = ((JavascriptExecutor) browser.driver()).executeScript(
				"return document.documentElement.scrollWidth;");
		assertThat(((Number) width).intValue()).as(browser.driver().getCurrentUrl()).isLessThanOrEqualTo(375);
	}

	@Test
	void aManagerGivesFeedbackOnAPhoneAndTheEmployeeRepliesFromTheBell() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "月度销售额 50 万元");
		try (Browser manager = new Browser(port, 375, 812, "zh-CN")) {
			manager.signIn(company.manager().email(), company.manager().password());
			manager.open("/feedback/new?goal=" + kpi);
			manager.find(By.id("message")).sendKeys("你的销售额完成率已达80%，继续努力！<img src=x onerror=alert(1)>");
			fitsThePhone(manager);
			manager.screenshot(SHOTS.resolve("1-give.png"));
			manager.find(By.cssSelector("form.card button[type=submit].primary")).click();
			manager.waitFor(d -> d.getCurrentUrl().contains("/feedback/"));
			assertThat(manager.pageText()).contains("已向Emma Employee发送反馈。").contains("<img src=x onerror=alert(1)>");
			fitsThePhone(manager);
		}
		try (Browser employee = new Browser(port, 375, 812, "zh-CN")) {
			employee.signIn(company.employee().email(), company.employee().password());
			assertThat(employee.find(By.cssSelector(".bell .count")).getText()).isEqualTo("1");
			employee.screenshot(SHOTS.resolve("2-bell.png"));
			employee.find(By.cssSelector(".bell")).click();
			employee.waitFor(d -> d.getCurrentUrl().endsWith("/inbox"));
			fitsThePhone(employee);
			employee.screenshot(SHOTS.resolve("3-inbox.png"));
			employee.find(By.cssSelector(".inbox li.unread a")).click();
			employee.waitFor(d -> d.getCurrentUrl().contains("/feedback/"));
			assertThat(employee.driver().findElements(By.cssSelector(".bell .count"))).isEmpty();
			employee.find(By.id("message")).sendKeys("谢谢！月底前我会跟进两个大客户。");
			employee.find(By.cssSelector("form.card button[type=submit].primary")).click();
			employee.waitFor(d -> d.findElements(By.cssSelector(".messages li")).size() == 2);
			assertThat(employee.pageText()).contains("回复已发送。").contains("谢谢！月底前我会跟进两个大客户。");
			fitsThePhone(employee);
			employee.screenshot(SHOTS.resolve("4-thread.png"));
		}
	}

}
