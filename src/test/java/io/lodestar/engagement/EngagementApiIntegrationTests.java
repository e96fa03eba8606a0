package io.lodestar.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The engagement API: feedback threads and support requests with personal access tokens, the same rules as
 * the pages (participants only, 404 for others), problem details with field errors for bad input.
 */
@IntegrationTest
class EngagementApiIntegrationTests {

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

	private ResultActions call(String token, String url, String json) throws Exception {
		return mvc.perform(post(url).with(Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void feedbackThreadsThroughTheApi() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "月度销售额");
		String manager = fixtures.token(company.manager(), TokenScope.READ, TokenScope.WRITE);
		String employee = fixtures.token(company.employee(), TokenScope.READ, TokenScope.WRITE);
		String colleague = fixtures.token(company.colleague(), TokenScope.READ, TokenScope.WRITE);
		ResultActions created = call(manager, "/api/v1/feedback", "{\"goalId\":\"" + kpi + "\",\"message\":\"你的销售额完成率已达80%，继续努力！\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.employee.name").value("Emma Employee"))
			.andExpect(jsonPath("$.employee.id").value(company.employee().employeeId().toString()))
			.andExpect(jsonPath("$.goal.title").value("月度销售额"))
			.andExpect(jsonPath("$.startedBy.name").value("Max Manager"))
			.andExpect(jsonPath("$.status").doesNotExist())
			.andExpect(jsonPath("$.messages[0].body").value("你的销售额完成率已达80%，继续努力！"));
		String thread = id(created);
		created.andExpect(header().string("Location", "/api/v1/feedback/" + thread));

		mvc.perform(get("/api/v1/feedback").with(Api.bearer(employee)))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(thread))
			.andExpect(jsonPath("$.items[0].messageCount").value(1))
			.andExpect(jsonPath("$.items[0].opening").value("你的销售额完成率已达80%，继续努力！"));
		call(employee, "/api/v1/feedback/" + thread + "/replies", "{\"message\":\"<b>谢谢</b>\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.messages.length()").value(2))
			.andExpect(jsonPath("$.messages[1].sequence").value(2))
			.andExpect(jsonPath("$.messages[1].body").value("<b>谢谢</b>"))
			.andExpect(jsonPath("$.messages[1].author.name").value("Emma Employee"));
		mvc.perform(get("/api/v1/feedback?goalId=" + kpi).with(Api.bearer(manager)))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].messageCount").value(2));

		// outsiders: not found, and nothing in their lists
		mvc.perform(get("/api/v1/feedback/" + thread).with(Api.bearer(colleague)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/not-found"))
			.andExpect(jsonPath("$.detail").value("This feedback thread does not exist."));
		call(colleague, "/api/v1/feedback/" + thread + "/replies", "{\"message\":\"hi\"}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/feedback").with(Api.bearer(colleague))).andExpect(jsonPath("$.totalItems").value(0));
		call(colleague, "/api/v1/feedback", "{\"employeeId\":\"" + company.employee().employeeId() + "\",\"message\":\"x\"}")
			.andExpect(status().isForbidden());
		// a READ token cannot write
		call(fixtures.token(company.manager(), TokenScope.READ), "/api/v1/feedback/" + thread + "/replies",
				"{\"message\":\"x\"}").andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from engagement_message where thread_id = :t").param("t", UUID.fromString(thread))
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void badInputIsAnsweredWithFieldErrors() throws Exception {
		var company = fixtures.company();
		String manager = fixtures.token(company.manager(), TokenScope.READ, TokenScope.WRITE);
		String emma = company.employee().employeeId().toString();
		call(manager, "/api/v1/feedback", "{\"employeeId\":\"" + emma + "\",\"message\":\"  \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("message"))
			.andExpect(jsonPath("$.errors[0].message").value("Write a message."));
		call(manager, "/api/v1/feedback", "{\"employeeId\":\"" + emma + "\",\"message\":\"" + "x".repeat(2001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The message is too long: at most 2,000 characters."));
		call(manager, "/api/v1/feedback", "{\"message\":\"Who?\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("employeeId"));
		call(manager, "/api/v1/feedback", "{\"employeeId\":\"" + emma + "\",\"message\":\"x\",\"score\":5}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("score"));
		call(manager, "/api/v1/feedback", "{\"employeeId\":\"" + UUID.randomUUID() + "\",\"message\":\"x\"}")
			.andExpect(status().isNotFound());
		call(fixtures.token(company.employee(), TokenScope.READ, TokenScope.WRITE), "/api/v1/support-requests",
				"{\"message\":\"help\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("goalId"));
		assertThat(jdbc.sql("select count(*) from engagement_thread where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void supportRequestsThroughTheApi() throws Exception {
		var company = fixtures.company();
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "月度销售额");
		String manager = fixtures.token(company.manager(), TokenScope.READ, TokenScope.WRITE);
		String employee = fixtures.token(company.employee(), TokenScope.READ, TokenScope.WRITE);
		ResultActions raised = call(employee, "/api/v1/support-requests",
				"{\"goalId\":\"" + kpi + "\",\"message\":\"我需要更多的客户线索支持\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.goal.title").value("月度销售额"));
		String request = id(raised);
		mvc.perform(get("/api/v1/support-requests?status=OPEN").with(Api.bearer(manager)))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(request))
			.andExpect(jsonPath("$.items[0].status").value("OPEN"));
		call(manager, "/api/v1/support-requests/" + request + "/replies", "{\"message\":\"我来安排\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"));
		call(manager, "/api/v1/support-requests/" + request + "/resolve", "{\"message\":\"市场部本周会转给你 20 条新线索。\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.resolvedBy").value("Max Manager"))
			.andExpect(jsonPath("$.messages.length()").value(3));
		mvc.perform(get("/api/v1/support-requests?status=OPEN").with(Api.bearer(manager)))
			.andExpect(jsonPath("$.totalItems").value(0));
		call(employee, "/api/v1/support-requests/" + request + "/replies", "{\"message\":\"one more\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("engagement.support.not-open"));
		call(manager, "/api/v1/support-requests/" + request + "/resolve", "{}").andExpect(status().isConflict());

		// the employee closes a second one without a body
		String second = id(call(employee, "/api/v1/support-requests", "{\"goalId\":\"" + kpi + "\",\"message\":\"再问一次\"}"));
		mvc.perform(post("/api/v1/support-requests/" + second + "/resolve").with(Api.bearer(employee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.messages.length()").value(1));
		mvc.perform(get("/api/v1/support-requests/" + second).with(Api.bearer(fixtures.token(company.colleague(),
				TokenScope.READ)))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/support-requests?employeeId=" + company.employee().employeeId()).with(Api.bearer(manager)))
			.andExpect(jsonPath("$.totalItems").value(2));
		// the manager cannot raise a request on a report's KPI
		call(manager, "/api/v1/support-requests", "{\"goalId\":\"" + kpi + "\",\"message\":\"x\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("goalId"));
	}

}
