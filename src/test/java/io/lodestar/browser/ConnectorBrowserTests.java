package io.lodestar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.integration.ConnectorTestData;
import io.lodestar.integration.ErpDatabase;
import io.lodestar.kpi.Assignment;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.PersonTarget;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * An HR administrator on a phone (375 px) sets up a connector to the plant's database with the form (the
 * fields follow the chosen result and schedule), runs it and sees the run; no page scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class ConnectorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	KpiLibrary library;

	@Autowired
	PeriodCalendar calendar;

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void hrSetsUpAndRunsAConnectorOnAPhone() throws Exception {
		var company = fixtures.company();
		UUID year = calendar.current(company.id(), PeriodKind.YEAR).id();
		UUID definition = SystemActor.runAs(company.id(), () -> {
			UUID created = library.create(company.hr().principal(), ConnectorTestData.lossRateDefinition()).id();
			library.assign(company.hr().principal(), new Assignment(created, year, null, List.of(
					new PersonTarget(company.employee().employeeId(), new BigDecimal("4"), new BigDecimal("50")),
					new PersonTarget(company.colleague().employeeId(), new BigDecimal("5"), new BigDecimal("50")))));
			return created;
		});
		ErpDatabase erp = ErpDatabase.create();
		String table = erp.table("loss");
		erp.execute("create table " + table + " (employee_no varchar(20), loss_rate numeric(8, 3))",
				"insert into " + table + " values ('E-1', 4.2), ('E-2', 5.1), ('NOBODY', 1)");
		Path shots = Path.of("target/screenshots");
		try (Browser browser = new Browser(port, 375, 812, "en")) {
			WebDriver driver = browser.driver();
			browser.signIn(company.hr().email(), company.hr().password());
			browser.open("/admin/connectors");
			assertThat(browser.pageText()).contains("No connectors yet");
			assertNoSidewaysScroll(driver);
			browser.find(By.cssSelector(".empty a.button.primary")).click();
			browser.waitFor(d -> d.getCurrentUrl().endsWith("/admin/connectors/new"));

			// the fields follow the choices
			assertThat(browser.find(By.id("definitionId")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("kpiId")).isDisplayed()).isFalse();
			new Select(browser.find(By.id("mode"))).selectByValue("SINGLE_VALUE");
			browser.waitFor(d -> d.findElement(By.id("kpiId")).isDisplayed());
			assertThat(driver.findElement(By.id("definitionId")).isDisplayed()).isFalse();
			new Select(browser.find(By.id("mode"))).selectByValue("ROWS");
			assertThat(driver.findElement(By.id("weekday")).isDisplayed()).isFalse();
			new Select(browser.find(By.id("schedule"))).selectByValue("WEEKLY");
			browser.waitFor(d -> d.findElement(By.id("weekday")).isDisplayed());
			new Select(browser.find(By.id("schedule"))).selectByValue("DAILY");
			assertNoSidewaysScroll(driver);

			browser.find(By.id("name")).sendKeys("MES 损耗率");
			browser.find(By.id("jdbcUrl")).sendKeys(erp.url());
			browser.find(By.id("username")).sendKeys(erp.user());
			browser.find(By.id("password")).sendKeys(erp.password());
			new Select(browser.find(By.id("definitionId"))).selectByValue(definition.toString());
			browser.find(By.id("query")).sendKeys("select employee_no, loss_rate from " + table);
			browser.screenshot(shots.resolve("connector-form-375.png"));
			browser.find(By.cssSelector("form.card button[type=submit].primary")).click();
			browser.waitFor(d -> d.getCurrentUrl().matches(".*/admin/connectors/[0-9a-f-]{36}$"));
			assertThat(browser.pageText()).contains("Connector MES 损耗率 created").contains("Every day at 06:00")
				.contains("Stored (encrypted)").doesNotContain(erp.password());

			browser.find(By.xpath("//button[normalize-space()='Run now']")).click();
			driver.switchTo().alert().accept();
			browser.waitFor(d -> browser.pageText().contains("ran with problems"));
			assertThat(browser.pageText()).contains("2 recorded").contains("Partly recorded");
			browser.find(By.cssSelector("[data-test=run-problems] summary")).click();
			assertThat(browser.pageText()).contains("employee number NOBODY");
			assertNoSidewaysScroll(driver);
			browser.screenshot(shots.resolve("connector-375.png"));

			browser.open("/admin/connectors");
			assertThat(browser.pageText()).contains("MES 损耗率").contains("Partly recorded");
			assertNoSidewaysScroll(driver);
			browser.screenshot(shots.resolve("connectors-375.png"));

			browser.open("/admin/connectors?lang=zh-CN");
			assertThat(browser.pageText()).contains("数据连接器").contains("部分记录").contains("每天 06:00");
			assertNoSidewaysScroll(driver);
			browser.find(By.cssSelector("td.primary-cell a")).click();
			browser.waitFor(d -> browser.pageText().contains("运行记录"));
			assertThat(browser.pageText()).contains("已保存（加密）");
			assertNoSidewaysScroll(driver);
			browser.screenshot(shots.resolve("connector-zh-375.png"));
		}
	}

	private static void assertNoSidewaysScroll(WebDriver driver) {
		Number width = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width.intValue()).as("page width at 375 px").isLessThanOrEqualTo(375);
		Number scrollingTables = (Number) ((JavascriptExecutor) driver).executeScript("return Array.from("
				+ "document.querySelectorAll('.table-wrap')).filter(function (w) { return w.querySelector('table.responsive') "
				+ "&& w.scrollWidth > w.clientWidth + 1; }).length;");
		assertThat(scrollingTables.intValue()).as("responsive tables scrolling sideways").isZero();
	}

}
