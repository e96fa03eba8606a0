package io.lodestar.security;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.test.Fixtures;

/**
 * Plausible input for every form and API body of the isolation matrix, so that a request with another company's id
 * gets past input checks and reaches the company check. Ids that must be company A's own come from A.
 */
record PlausibleInput(Fixtures.Company a, UUID periodOfA, UUID cycleOfA, UUID goalOfA, UUID measurementOfB) {

	MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder request, String pattern,
			HttpMethod method) {
		if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
			return request;
		}
		String today = LocalDate.now().minusDays(1).toString();
		if (pattern.startsWith("/api/")) {
			String json = "{}";
			if (pattern.equals("/api/v1/employees/{id}")) {
				json = "{\"employeeNo\":\"X-1\",\"name\":\"X\",\"version\":0}";
			}
			else if (pattern.endsWith("/moves")) {
				json = "{\"orgUnitId\":\"" + a.teamUnit() + "\",\"effectiveOn\":\"" + today + "\"}";
			}
			else if (pattern.endsWith("/departure")) {
				json = "{\"lastDay\":\"" + today + "\"}";
			}
			else if (pattern.equals("/api/v1/org-units/{id}")) {
				json = "{\"parentId\":\"" + a.rootUnit() + "\",\"code\":\"X\",\"name\":\"X\",\"kind\":\"TEAM\",\"version\":0}";
			}
			else if (pattern.equals("/api/v1/positions/{id}")) {
				json = "{\"code\":\"X\",\"name\":\"X\",\"version\":0}";
			}
			else if (pattern.equals("/api/v1/connectors/{id}")) {
				json = "{\"name\":\"X\",\"jdbcUrl\":\"jdbc:h2:mem:x\",\"query\":\"select 1, 2\",\"mode\":\"ROWS\","
						+ "\"schedule\":\"MANUAL\",\"version\":0}";
			}
			else if (pattern.equals("/api/v1/integration/webhooks/{id}")) {
				json = "{\"name\":\"X\",\"url\":\"https://203.0.113.30/x\",\"eventKinds\":[\"EMPLOYEE_LEFT\"],"
						+ "\"active\":true}";
			}
			else if (pattern.equals("/api/v1/notification-channels/{id}")) {
				json = "{\"name\":\"X\",\"platform\":\"SLACK\",\"webhookUrl\":\"https://hooks.slack.com/services/x\","
						+ "\"kinds\":[],\"version\":0}";
			}
			else if (pattern.endsWith("/roles")) {
				json = "{\"roles\":[\"EXECUTIVE\"],\"version\":0}";
			}
			else if (pattern.endsWith("/replies") || pattern.endsWith("/resolve")) {
				json = "{\"message\":\"X\"}";
			}
			else if (pattern.endsWith("/lock")) {
				json = "{\"reason\":\"X\"}";
			}
			else if (pattern.equals("/api/v1/appraisal/templates/{id}")) {
				json = "{\"name\":\"X\",\"weights\":{\"KPI\":100},\"ratingScale\":5,\"peerMinRespondents\":1,"
						+ "\"bands\":[{\"grade\":\"A\",\"floor\":1},{\"grade\":\"B\",\"floor\":null}],\"payTiers\":[]}";
			}
			else if (pattern.startsWith("/api/v1/okr/")) {
				json = OkrTenantData.body(pattern, cycleOfA, a.employee().employeeId());
			}
			else if (pattern.equals("/api/v1/goals/{id}")) {
				json = "{\"title\":\"X\",\"version\":0}";
			}
			else if (pattern.endsWith("/parent")) {
				json = "{\"parentId\":null}";
			}
			else if (pattern.endsWith("/config")) {
				json = "{\"config\":" + TenantGoalData.KPI_CONFIG + ",\"version\":0}";
			}
			else if (pattern.equals("/api/v1/kpis/{id}/measurements")) {
				json = "{\"value\":1,\"measuredOn\":\"" + today + "\"}";
			}
			else if (pattern.endsWith("/correction")) {
				json = "{\"value\":1,\"reason\":\"X\"}";
			}
			else if (pattern.equals("/api/v1/kpi-definitions/{id}")) {
				json = "{\"code\":\"X\",\"name\":\"X\",\"config\":" + TenantGoalData.KPI_CONFIG + ",\"version\":0}";
			}
			else if (pattern.endsWith("/assignments")) {
				json = "{\"periodId\":\"" + periodOfA + "\",\"targets\":[{\"employeeId\":\"" + a.employee().employeeId()
						+ "\",\"target\":4,\"weight\":30}]}";
			}
			return request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.param("employeeNo", "X-1")
			.param("name", "X")
			.param("code", "X")
			.param("kind", "TEAM")
			.param("parentId", a.rootUnit().toString())
			.param("orgUnitId", a.teamUnit().toString())
			.param("effectiveOn", today)
			.param("lastDay", today)
			.param("version", "0")
			.param("roles", "EXECUTIVE")
			.param("message", "X")
			.param("title", "X")
			.param("weight", "1")
			.param("childId", goalOfA.toString())
			.param("reason", "X")
			.param("value", "1")
			.param("measuredOn", today)
			.param("measurementId", measurementOfB.toString())
			.param("direction", "INCREASE")
			.param("method", "RATIO")
			.param("aggregation", "SUM")
			.param("frequency", "MONTH")
			.param("target", "1");
	}

}
