package io.lodestar.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Feedback through the browser: a manager gives feedback on a report's KPI, the employee is notified, opens
 * the thread from the inbox and replies, the manager is notified in turn. Only the employee, the manager
 * chain and HR see the thread; text is plain and escaped; bad input is refused field by field.
 */
@IntegrationTest
class FeedbackIntegrationTests {

	static final String PRAISE = "你的销售额完成率已达80%，继续努力！";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	private MvcResult send(Fixtures.Person person, String url, String... params) throws Exception {
		var request = post(url).with(Fixtures.as(person)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private String page(Fixtures.Person person, String url) throws Exception {
		return mvc.perform(get(url).with(Fixtures.as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Gives feedback through the form and returns the new thread's id (from the redirect). */
	private UUID give(Fixtures.Person from, String field, UUID target, String message) throws Exception {
		MvcResult result = send(from, "/feedback", field, target.toString(), "message", message);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/feedback/");
		return UUID.fromString(location.substring("/feedback/".length()));
	}

	private List<Map<String, Object>> notificationsOf(Fixtures.Person person) {
		return jdbc.sql("select * from engagement_notification where tenant_id = :tenant and recipient_employee_id = :e "
				+ "order by created_at")
			.param("tenant", person.tenantId())
			.param("e", person.employeeId())
			.query()
			.listOfRows();
	}

	@Test
	void feedbackOnAKpiReachesTheEmployeeWhoRepliesAndTheManagerHearsOfIt() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "月度销售额 50 万元");
		UUID thread = give(company.manager(), "goalId", kpi, PRAISE);

		assertThat(jdbc.sql("select employee_id, goal_id, kind, status from engagement_thread where id = :id")
			.param("id", thread).query().singleRow())
			.containsEntry("employee_id", company.employee().employeeId())
			.containsEntry("goal_id", kpi)
			.containsEntry("kind", "FEEDBACK");
		// the employee has one unread notification that links to the thread, and the bell shows it
		var received = notificationsOf(company.employee());
		assertThat(received).singleElement().satisfies(row -> {
			assertThat(row.get("link")).isEqualTo("/feedback/" + thread);
			assertThat(row.get("read_at")).isNull();
			assertThat(row.get("message_key")).isEqualTo("engagement.notification.feedback-on-goal");
			assertThat(row.get("recipient_user_id")).isEqualTo(company.employee().userId());
		});
		UUID notification = (UUID) received.get(0).get("id");
		String inbox = page(company.employee(), "/inbox");
		assertThat(inbox).contains("Max Manager gave you feedback on &quot;月度销售额 50 万元&quot;.")
			.contains("/inbox/" + notification)
			.containsPattern("data-notification=\"" + notification + "\"\\s+class=\"unread\"");
		assertThat(page(company.employee(), "/")).containsPattern("<span class=\"count\" data-unread-count>1</span>");

		// opening it from the inbox marks it read and leads to the thread
		mvc.perform(get("/inbox/" + notification).with(Fixtures.as(company.employee())))
			.andExpect(status().isFound())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/feedback/" + thread));
		assertThat(notificationsOf(company.employee()).get(0).get("read_at")).isNotNull();
		String view = page(company.employee(), "/feedback/" + thread);
		assertThat(view).contains(PRAISE).contains("月度销售额 50 万元").contains("Your reply");
		assertThat(page(company.employee(), "/")).doesNotContain("data-unread-count");

		MvcResult replied = send(company.employee(), "/feedback/" + thread + "/replies", "message", "谢谢！月底前我会跟进两个大客户。");
		assertThat(replied.getResponse().getRedirectedUrl()).isEqualTo("/feedback/" + thread);
		assertThat(notificationsOf(company.manager())).singleElement().satisfies(row -> {
			assertThat(row.get("message_key")).isEqualTo("engagement.notification.feedback-answered");
			assertThat(row.get("link")).isEqualTo("/feedback/" + thread);
			assertThat(row.get("read_at")).isNull();
		});
		assertThat(notificationsOf(company.employee())).hasSize(1);
		String managerView = page(company.manager(), "/feedback/" + thread);
		assertThat(managerView.indexOf(PRAISE)).isPositive().isLessThan(managerView.indexOf("谢谢！月底前我会跟进两个大客户。"));
		// the manager opened the thread: the reply notification is read
		assertThat(notificationsOf(company.manager()).get(0).get("read_at")).isNotNull();
		assertThat(page(company.manager(), "/feedback")).contains("Feedback for Emma Employee").contains(PRAISE)
			.contains("2 messages");
		// HR joins in: the employee and everyone who wrote hear of it, the silent rest of the chain does not
		send(company.hr(), "/feedback/" + thread + "/replies", "message", "HR here: well done, both of you.");
		assertThat(notificationsOf(company.employee())).extracting(row -> row.get("message_key"))
			.containsExactly("engagement.notification.feedback-on-goal", "engagement.notification.feedback-reply");
		assertThat(notificationsOf(company.manager())).extracting(row -> row.get("message_key"))
			.containsExactly("engagement.notification.feedback-answered", "engagement.notification.feedback-reply");
		assertThat(notificationsOf(company.executive())).isEmpty();
		assertThat(notificationsOf(company.hr())).isEmpty();
		assertThat(page(company.employee(), "/inbox")).contains("Hana HR replied in the feedback for Emma Employee.");
		// every message is audited as created
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'CREATE' "
				+ "and entity_type = 'feedback-message'").param("t", company.id()).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void onlyTheEmployeeTheManagerChainAndHrTakePart() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "Sales");
		UUID thread = give(company.manager(), "goalId", kpi, PRAISE);
		UUID employee = company.employee().employeeId();

		for (String url : List.of("/feedback/" + thread, "/people/" + employee + "/feedback",
				"/engagement/kpis/" + kpi + "/feedback", "/feedback/new?goal=" + kpi)) {
			mvc.perform(get(url).with(Fixtures.as(company.colleague()))).andExpect(status().isNotFound());
		}
		assertThat(send(company.colleague(), "/feedback/" + thread + "/replies", "message", "me too").getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(send(company.colleague(), "/feedback/" + thread + "/replies", "message", "").getResponse()
			.getStatus()).isEqualTo(404);
		// the person is public, their feedback is not: a colleague may not start any
		assertThat(send(company.colleague(), "/feedback", "employeeId", employee.toString(), "message", "Well done")
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(send(company.colleague(), "/feedback", "goalId", kpi.toString(), "message", "Well done")
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(page(company.colleague(), "/feedback")).doesNotContain(PRAISE).contains("No feedback yet");
		assertThat(jdbc.sql("select count(*) from engagement_message where thread_id = :t").param("t", thread)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from engagement_thread where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isEqualTo(1);

		// HR, and the manager's own manager, take part
		assertThat(page(company.hr(), "/feedback/" + thread)).contains(PRAISE);
		assertThat(page(company.executive(), "/feedback/" + thread)).contains(PRAISE);
		assertThat(page(company.executive(), "/people/" + employee + "/feedback")).contains(PRAISE)
			.contains("Give feedback");
		// the employee sees the section but cannot give herself feedback
		assertThat(page(company.employee(), "/people/" + employee + "/feedback")).contains(PRAISE)
			.doesNotContain("Give feedback");
		assertThat(send(company.employee(), "/feedback", "employeeId", employee.toString(), "message", "I am great")
			.getResponse().getContentAsString()).contains("You cannot give feedback to yourself.");
	}

	@Test
	void aStoredScriptIsShownAsText() throws Exception {
		var company = fixtures.company();
		String attack = "<img src=x onerror=alert(1)>";
		UUID thread = give(company.manager(), "employeeId", company.employee().employeeId(), attack);
		send(company.employee(), "/feedback/" + thread + "/replies", "message", "<script>alert(2)</script>\nsecond line");
		for (String url : List.of("/feedback/" + thread, "/feedback", "/people/" + company.employee().employeeId() + "/feedback")) {
			String html = page(company.employee(), url);
			assertThat(html).as(url).doesNotContain("<img src=x").doesNotContain("<script>alert")
				.contains("&lt;img src=x onerror=alert(1)&gt;");
		}
		assertThat(page(company.manager(), "/feedback/" + thread)).contains("&lt;script&gt;alert(2)&lt;/script&gt;\nsecond line");
	}

	@Test
	void badInputIsRefusedFieldByFieldAndStoresNothing() throws Exception {
		var company = fixtures.company();
		String employee = company.employee().employeeId().toString();
		String blank = send(company.manager(), "/feedback", "employeeId", employee, "message", "   ")
			.getResponse().getContentAsString();
		assertThat(blank).contains("Write a message.").contains("field invalid");
		String tooLong = send(company.manager(), "/feedback", "employeeId", employee, "message", "好".repeat(2001))
			.getResponse().getContentAsString();
		assertThat(tooLong).contains("The message is too long: at most 2,000 characters.");
		assertThat(send(company.manager(), "/feedback", "employeeId", employee, "message", "bell\u0007")
			.getResponse().getContentAsString()).contains("invisible control characters");
		assertThat(send(company.manager(), "/feedback", "message", "Nobody chosen").getResponse().getContentAsString())
			.contains("Choose the person the feedback is for.");
		UUID unitKpi = EngagementScenario.unitKpi(kpis, calendar, company);
		assertThat(send(company.manager(), "/feedback", "goalId", unitKpi.toString(), "message", "Team, well done")
			.getResponse().getContentAsString()).contains("only be given on the KPI of a person");
		assertThat(jdbc.sql("select count(*) from engagement_thread where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isZero();
		// exactly 2,000 characters (emoji count as one) are fine
		UUID thread = give(company.manager(), "employeeId", company.employee().employeeId(), "👍".repeat(2000));
		assertThat(jdbc.sql("select body from engagement_message where thread_id = :t").param("t", thread)
			.query(String.class).single()).hasSize(4000);
		String reply = send(company.employee(), "/feedback/" + thread + "/replies", "message", "")
			.getResponse().getContentAsString();
		assertThat(reply).contains("Write a message.").contains("👍");
	}

	@Test
	void pagesSpeakChineseAndEnglish() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "月度销售额");
		UUID thread = give(company.manager(), "goalId", kpi, PRAISE);
		String inbox = mvc.perform(get("/inbox").with(Fixtures.as(company.employee())).header("Accept-Language", "zh-CN"))
			.andReturn().getResponse().getContentAsString();
		assertThat(inbox).contains("Max Manager就“月度销售额”给了您反馈。").contains("通知：1 条未读");
		String chinese = mvc.perform(get("/feedback/" + thread).with(Fixtures.as(company.employee()))
			.header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
		assertThat(chinese).contains("lang=\"zh-CN\"").contains("给Emma Employee的反馈").contains("关于“月度销售额”")
			.contains("您的回复").contains("发送回复").doesNotContain("Your reply");
		String english = page(company.employee(), "/feedback/" + thread);
		assertThat(english).contains("lang=\"en\"").contains("Feedback for Emma Employee").contains("On &quot;月度销售额&quot;")
			.contains("Send reply").contains("Notifications: none unread");
		String section = mvc.perform(get("/engagement/kpis/" + kpi + "/feedback").with(Fixtures.as(company.employee()))
			.header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
		assertThat(section).contains("该 KPI 的反馈与支持").contains("请求支持").doesNotContain("<html");
	}

}
