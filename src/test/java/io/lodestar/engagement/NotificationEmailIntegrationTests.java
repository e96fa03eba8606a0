package io.lodestar.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Email over SMTP, against a local SMTP server: the recipient's own language, subject and link; the user's
 * and the company's preferences decide whether an email delivery exists at all.
 */
@IntegrationTest
class NotificationEmailIntegrationTests {

	static final SmtpTestServer SMTP = new SmtpTestServer();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::port);
		registry.add("lodestar.notifications.mail-from", () -> "okr@lodestar.test");
		registry.add("lodestar.public-url", () -> "https://okr.example.cn/");
	}

	@AfterAll
	static void stop() throws Exception {
		SMTP.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	JdbcClient jdbc;

	private List<SmtpTestServer.Mail> mailTo(String address) {
		return SMTP.received.stream().filter(mail -> mail.recipients().contains(address)).toList();
	}

	private long emailDeliveries(Fixtures.Person person) {
		return jdbc.sql("select count(*) from engagement_delivery where tenant_id = :t and recipient_user_id = :u")
			.param("t", person.tenantId()).param("u", person.userId()).query(Long.class).single();
	}

	@Test
	void anEmailArrivesInTheRecipientsLanguageWithSubjectAndAbsoluteLink() throws Exception {
		var company = fixtures.company();
		jdbc.sql("update account_user set preferred_locale = 'zh-CN' where id = :id")
			.param("id", company.employee().userId()).update();
		notifications.notify(company.id(), company.employee().employeeId(), NotificationKinds.FEEDBACK,
				"engagement.notification.feedback", List.of("王强"), "/feedback");
		notifications.notify(company.id(), company.colleague().employeeId(), NotificationKinds.FEEDBACK,
				"engagement.notification.feedback", List.of("Ann"), "/feedback");

		worker.sendDue(Instant.now());

		List<SmtpTestServer.Mail> toEmma = mailTo(company.employee().email());
		assertThat(toEmma).hasSize(1);
		var message = toEmma.get(0).message();
		assertThat(message.getSubject()).isEqualTo("【Lodestar】王强给了您一条反馈。");
		assertThat(message.getFrom()[0].toString()).isEqualTo("okr@lodestar.test");
		String body = message.getContent().toString();
		assertThat(body).contains("Emma Employee，您好").contains("在 Lodestar 中查看：https://okr.example.cn/feedback")
			.contains("https://okr.example.cn/my/notifications/preferences").contains("收到反馈");
		// the colleague has no language of their own: the company's (English)
		var toCarl = mailTo(company.colleague().email());
		assertThat(toCarl).hasSize(1);
		assertThat(toCarl.get(0).message().getSubject()).isEqualTo("[Lodestar] Ann gave you feedback.");
		assertThat(toCarl.get(0).message().getContent().toString()).contains("Hello Carl Colleague,")
			.contains("Open in Lodestar: https://okr.example.cn/feedback");
		assertThat(jdbc.sql("select count(*) from engagement_delivery where tenant_id = :t and status = 'SENT'")
			.param("t", company.id()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void emailFollowsTheUsersChoiceElseTheCompanysDefault() throws Exception {
		var company = fixtures.company();
		// HR turns award emails off for the company; Carl has no choice of his own
		String hrToken = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		mvc.perform(put("/api/v1/notification-preferences/company").with(Api.bearer(hrToken))
			.contentType(MediaType.APPLICATION_JSON).content("{\"email\":{\"AWARD\":false}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == 'AWARD')].email").value(false));

		// Emma turns feedback emails off and award emails on in the page (in-app stays): choices of her own
		mvc.perform(post("/my/notifications/preferences").param("email", NotificationKinds.AWARD)
			.with(Fixtures.as(company.employee())).with(csrf())).andExpect(status().isFound());
		notifications.notify(company.id(), company.employee().employeeId(), NotificationKinds.FEEDBACK,
				"engagement.notification.feedback", List.of("Ann"), "/feedback");
		notifications.notify(company.id(), company.colleague().employeeId(), NotificationKinds.AWARD,
				"engagement.notification.feedback", List.of("Ann"), null);
		assertThat(emailDeliveries(company.employee())).isZero();
		assertThat(emailDeliveries(company.colleague())).isZero();

		// Emma chose award emails although the company's default is off: her choice wins
		notifications.notify(company.id(), company.employee().employeeId(), NotificationKinds.AWARD,
				"engagement.notification.feedback", List.of("Ann"), null);
		assertThat(emailDeliveries(company.employee())).isEqualTo(1);
		// and the inbox got all three
		assertThat(jdbc.sql("select count(*) from engagement_notification where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isEqualTo(3);

		String emma = fixtures.token(company.employee(), TokenScope.READ);
		mvc.perform(get("/api/v1/me/notification-preferences").with(Api.bearer(emma)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == 'FEEDBACK')].email").value(false))
			.andExpect(jsonPath("$[?(@.kind == 'AWARD')].email").value(true))
			.andExpect(jsonPath("$[?(@.kind == 'AWARD')].companyDefault").value(false));
		// employees do not set the company's defaults
		mvc.perform(get("/api/v1/notification-preferences/company").with(Api.bearer(emma)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdminPageSaysEmailIsOn() throws Exception {
		var company = fixtures.company();
		String page = mvc.perform(get("/admin/notifications").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Email is on: notifications are sent from okr@lodestar.test.");
	}

}
