package io.lodestar.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
 * Support requests through the browser: an employee asks for help on a KPI, the manager chain is notified,
 * and the request stays in the managers' open list until it is resolved (or the employee closes it).
 */
@IntegrationTest
class SupportRequestIntegrationTests {

	static final String NEED = "我需要更多的客户线索支持";

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

	private UUID raise(Fixtures.Person person, UUID kpi, String message) throws Exception {
		MvcResult result = send(person, "/support", "goalId", kpi.toString(), "message", message);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/support/".length()));
	}

	private List<String> keysFor(Fixtures.Person person) {
		return jdbc.sql("select message_key from engagement_notification where tenant_id = :t and recipient_employee_id = :e "
				+ "order by created_at")
			.param("t", person.tenantId())
			.param("e", person.employeeId())
			.query(String.class)
			.list();
	}

	private String statusOf(UUID request) {
		return jdbc.sql("select status from engagement_thread where id = :id").param("id", request).query(String.class).single();
	}

	@Test
	void aRequestStaysOpenForTheManagersUntilTheyResolveIt() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "月度销售额");
		assertThat(page(company.employee(), "/support/new")).contains("月度销售额");
		UUID request = raise(company.employee(), kpi, NEED);

		// the whole manager chain hears of it, the employee does not
		assertThat(keysFor(company.manager())).containsExactly("engagement.notification.support");
		assertThat(keysFor(company.executive())).containsExactly("engagement.notification.support");
		assertThat(keysFor(company.employee())).isEmpty();
		for (Fixtures.Person lead : List.of(company.manager(), company.executive(), company.hr())) {
			assertThat(page(lead, "/engagement/support/open")).as(lead.name()).contains("data-thread=\"" + request + "\"")
				.contains(NEED).contains("Support request from Emma Employee").doesNotContain("<html");
		}
		assertThat(page(company.colleague(), "/engagement/support/open")).doesNotContain(NEED).contains("No open requests");
		assertThat(page(company.manager(), "/support")).contains("Waiting for you").contains(NEED);
		assertThat(page(company.employee(), "/support")).contains("My requests").contains(NEED).contains("Open")
			.doesNotContain("Waiting for you");

		// an answer alone leaves it open; the employee hears of it, and her reply goes to whoever answered
		send(company.manager(), "/support/" + request + "/replies", "message", "市场部本周会转给你 20 条新线索。");
		assertThat(statusOf(request)).isEqualTo("OPEN");
		assertThat(page(company.manager(), "/engagement/support/open")).contains(NEED);
		assertThat(keysFor(company.employee())).containsExactly("engagement.notification.support-reply");
		send(company.employee(), "/support/" + request + "/replies", "message", "谢谢！");
		assertThat(keysFor(company.manager())).containsExactly("engagement.notification.support",
				"engagement.notification.support-reply");
		assertThat(keysFor(company.executive())).hasSize(1);

		MvcResult resolved = send(company.manager(), "/support/" + request + "/resolve", "message", "");
		assertThat(resolved.getResponse().getRedirectedUrl()).isEqualTo("/support/" + request);
		assertThat(statusOf(request)).isEqualTo("RESOLVED");
		assertThat(jdbc.sql("select resolved_by_name from engagement_thread where id = :id").param("id", request)
			.query(String.class).single()).isEqualTo("Max Manager");
		assertThat(page(company.manager(), "/engagement/support/open")).doesNotContain(NEED);
		assertThat(page(company.hr(), "/engagement/support/open")).doesNotContain(NEED);
		assertThat(keysFor(company.employee())).endsWith("engagement.notification.support-resolved");
		assertThat(page(company.employee(), "/support/" + request)).contains("Resolved by Max Manager")
			.contains("This request is finished").doesNotContain("Send reply");
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and entity_type = 'support-request' "
				+ "and action = 'UPDATE' and entity_id = :id").param("t", company.id()).param("id", request.toString())
			.query(Long.class).single()).isEqualTo(1);

		// finished means finished
		assertThat(send(company.employee(), "/support/" + request + "/replies", "message", "One more thing")
			.getResponse().getContentAsString()).contains("This request is already resolved or closed.");
		assertThat(send(company.manager(), "/support/" + request + "/resolve", "message", "Again").getResponse()
			.getContentAsString()).contains("This request is already resolved or closed.");
		assertThat(statusOf(request)).isEqualTo("RESOLVED");
		assertThat(jdbc.sql("select count(*) from engagement_message where thread_id = :id").param("id", request)
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void theEmployeeClosesTheirOwnRequestWithALastWord() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "Sales");
		UUID request = raise(company.employee(), kpi, NEED);
		assertThat(page(company.employee(), "/support/" + request)).contains("Close request").doesNotContain("Mark resolved");
		assertThat(page(company.manager(), "/support/" + request)).contains("Mark resolved").doesNotContain("Close request");
		send(company.employee(), "/support/" + request + "/resolve", "message", "客户已经找到了，谢谢。");
		assertThat(statusOf(request)).isEqualTo("CLOSED");
		assertThat(page(company.manager(), "/support/" + request)).contains("客户已经找到了，谢谢。")
			.contains("Closed by Emma Employee");
		// nobody had answered: the whole chain hears that it is closed
		assertThat(keysFor(company.manager())).endsWith("engagement.notification.support-closed");
		assertThat(keysFor(company.executive())).endsWith("engagement.notification.support-closed");
	}

	@Test
	void onlyOwnKpisAndOnlyTheChainAndHr() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "Sales");
		UUID request = raise(company.employee(), kpi, NEED);
		mvc.perform(get("/support/" + request).with(Fixtures.as(company.colleague()))).andExpect(status().isNotFound());
		assertThat(send(company.colleague(), "/support/" + request + "/replies", "message", "Hi").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(send(company.colleague(), "/support/" + request + "/resolve").getResponse().getStatus()).isEqualTo(404);
		assertThat(statusOf(request)).isEqualTo("OPEN");
		// a colleague cannot even read the KPI; the manager can, but it is not his
		assertThat(send(company.colleague(), "/support", "goalId", kpi.toString(), "message", NEED).getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(send(company.manager(), "/support", "goalId", kpi.toString(), "message", NEED).getResponse()
			.getContentAsString()).contains("You can only ask for support on one of your own KPIs.");
		// a feedback id is not a support request, and the other way round
		mvc.perform(get("/feedback/" + request).with(Fixtures.as(company.employee()))).andExpect(status().isNotFound());
		assertThat(send(company.employee(), "/support", "message", NEED).getResponse().getContentAsString())
			.contains("Choose the KPI you need support on.");
		assertThat(send(company.employee(), "/support", "goalId", kpi.toString(), "message", " ").getResponse()
			.getContentAsString()).contains("Write a message.");
		assertThat(page(company.hr(), "/support/" + request)).contains(NEED).contains("Mark resolved");
		assertThat(jdbc.sql("select count(*) from engagement_thread where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void supportPagesSpeakChinese() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "月度销售额");
		UUID request = raise(company.employee(), kpi, NEED);
		String html = mvc.perform(get("/support/" + request).with(Fixtures.as(company.manager()))
			.header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Emma Employee的支持请求").contains("待处理").contains("标记为已解决").contains("关于“月度销售额”");
		String list = mvc.perform(get("/support").with(Fixtures.as(company.manager())).header("Accept-Language", "zh-CN"))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("待您处理").contains("我的请求").contains("1 条消息");
	}

}
