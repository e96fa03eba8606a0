package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.test.Browser;
import io.lodestar.test.Fixtures;

/**
 * The sign-in security page and the confirmation page on a phone (375 px), in both languages, with single
 * sign-on and a directory configured: an HR administrator who signed in with a Lodestar password is told why
 * passwords cannot be switched off; signed in with the directory password they switch them off, and an employee's
 * Lodestar password then no longer signs in. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class SignInSecurityBrowserTests extends EnterpriseSignInTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@BeforeAll
	static void chromium() {
		Browser.requireChromium();
	}

	@Test
	void hrSwitchesPasswordSignInOffOnAPhoneInBothLanguages() throws Exception {
		var company = fixtures.company();
		var hr = company.hr();
		Path shots = Path.of("target/screenshots");
		try (Browser browser = new Browser(port, 375, 812, "en")) {
			browser.signIn(hr.email(), hr.password());
			browser.open("/admin/security");
			browser.waitForText("Password sign-in");
			assertThat(browser.pageText()).contains("Single sign-on (OIDC)").contains("would lock you out")
				.contains("Two-factor sign-in by role");
			assertThat(browser.find(By.cssSelector("input[name=allowed][value=false]")).isEnabled()).isFalse();
			assertNoSidewaysScroll(browser.driver());
			fullPage(browser, shots.resolve("sign-in-security-en-phone.png"));

			browser.open("/account/confirm?next=/account/two-factor");
			browser.waitForText("Confirm it is you");
			assertThat(browser.pageText()).contains("With your password").contains("Confirm with single sign-on");
			assertNoSidewaysScroll(browser.driver());
			fullPage(browser, shots.resolve("confirm-password-en-phone.png"));
		}

		addToDirectory(hr.email(), "Directory-Browser-1", null);
		try (Browser browser = new Browser(port, 375, 812, "zh-CN")) {
			browser.signIn(hr.email(), "Directory-Browser-1");
			browser.open("/admin/security");
			browser.waitForText("密码登录");
			assertThat(browser.pageText()).contains("统一身份登录（OIDC）").contains("已配置")
				.doesNotContain("关闭密码登录后您将无法登录");
			assertNoSidewaysScroll(browser.driver());
			fullPage(browser, shots.resolve("sign-in-security-zh-phone.png"));
			browser.find(By.cssSelector("input[name=allowed][value=false]")).click();
			browser.find(By.cssSelector("#password-sign-in button[type=submit]")).click();
			browser.waitForText("已关闭密码登录");
			fullPage(browser, shots.resolve("sign-in-security-zh-phone-saved.png"));

			browser.open("/account/confirm?next=/account/two-factor");
			browser.waitForText("验证身份");
			assertThat(browser.pageText()).contains("域账号密码").contains("前往统一身份登录验证");
			assertNoSidewaysScroll(browser.driver());
			fullPage(browser, shots.resolve("confirm-directory-zh-phone.png"));

			browser.open("/account");
			browser.waitForText("您登录使用的是公司域账号密码");
			fullPage(browser, shots.resolve("account-directory-zh-phone.png"));
		}

		try (Browser browser = new Browser(port, 375, 812, "zh-CN")) {
			browser.open("/login");
			browser.find(By.id("email")).sendKeys(company.employee().email());
			browser.find(By.id("password")).sendKeys(company.employee().password());
			browser.find(By.cssSelector("form button[type=submit]")).click();
			browser.waitForText("贵公司只允许通过统一身份登录");
		}
	}

	/** The whole page, not only what fits on the phone's screen: the window grows to the page's height. */
	private static void fullPage(Browser browser, Path file) throws java.io.IOException {
		WebDriver driver = browser.driver();
		Number height = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight;");
		driver.manage().window().setSize(new Dimension(375, Math.max(812, height.intValue() + 120)));
		browser.screenshot(file);
		driver.manage().window().setSize(new Dimension(375, 812));
	}

	private static void assertNoSidewaysScroll(WebDriver driver) {
		Number width = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width.intValue()).as("page width at 375 px").isLessThanOrEqualTo(375);
	}

}
