package io.lodestar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The goal and KPI API with another company's ids where they are not the path's {id} (see
 * {@link CrossTenantIsolationIntegrationTests} for those): in request bodies (a parent, an owner, a KPI in a
 * pushed batch, an employee in a bulk assignment), in a second path variable and in filters. Company A's HR
 * administrator is refused (404 or 422) without learning anything about B, and B's rows stay unchanged.
 */
@IntegrationTest
class CrossTenantGoalInputsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Fixtures.Company a;

	Fixtures.Company b;

	String tokenOfA;

	Map<String, UUID> idsOfB;

	Map<String, UUID> idsOfA;

	@BeforeEach
	void twoCompanies() {
		a = fixtures.company();
		b = fixtures.company();
		tokenOfA = fixtures.token(a.hr(), TokenScope.READ, TokenScope.WRITE);
		TenantGoalData data = new TenantGoalData(context);
		idsOfA = data.create(a);
		idsOfB = data.create(b);
	}

	@Test
	void idsOfAnotherCompanyInBodiesSecondPathVariablesAndFiltersAreRefused() throws Exception {
		String before = TenantGoalData.fingerprint(jdbc, b.id());
		UUID goalOfA = idsOfA.get("goal");
		UUID yearOfA = new TenantGoalData(context).currentYear(a);
		String yesterday = LocalDate.now().minusDays(1).toString();
		List<String> notRefused = new ArrayList<>();
		attempt(notRefused, request(HttpMethod.POST, "/api/v1/goals/" + goalOfA + "/supports/" + idsOfB.get("goal")), null);
		attempt(notRefused, request(HttpMethod.DELETE, "/api/v1/goals/" + goalOfA + "/supports/" + idsOfB.get("goal")), null);
		attempt(notRefused, request(HttpMethod.PUT, "/api/v1/goals/" + goalOfA + "/parent"),
				"{\"parentId\":\"" + idsOfB.get("goal") + "\"}");
		attempt(notRefused, request(HttpMethod.POST, "/api/v1/goals"), "{\"kind\":\"STRATEGY\",\"title\":\"X\","
				+ "\"ownerType\":\"ORG_UNIT\",\"ownerId\":\"" + b.salesUnit() + "\",\"periodId\":\"" + yearOfA + "\"}");
		attempt(notRefused, request(HttpMethod.POST, "/api/v1/goals"), "{\"kind\":\"STRATEGY\",\"title\":\"X\","
				+ "\"ownerType\":\"COMPANY\",\"periodId\":\"" + idsOfB.get("period") + "\"}");
		attempt(notRefused, request(HttpMethod.POST, "/api/v1/goals"), "{\"kind\":\"STRATEGY\",\"title\":\"X\","
				+ "\"ownerType\":\"COMPANY\",\"periodId\":\"" + yearOfA + "\",\"parentId\":\"" + idsOfB.get("goal") + "\"}");
		attempt(notRefused, request(HttpMethod.POST, "/api/v1/kpis"), "{\"title\":\"X\",\"ownerType\":\"EMPLOYEE\","
				+ "\"ownerId\":\"" + b.employee().employeeId() + "\",\"periodId\":\"" + yearOfA + "\",\"config\":"
				+ TenantGoalData.KPI_CONFIG + "}");
		attempt(notRefused, request(HttpMethod.POST, "/api/v1/measurements/batch"), "{\"items\":[{\"kpiId\":\""
				+ idsOfB.get("kpi") + "\",\"value\":1,\"measuredOn\":\"" + yesterday + "\"}],\"partial\":false}");
		attempt(notRefused, request(HttpMethod.POST, "/api/v1/kpi-definitions/" + idsOfA.get("kpi-definition")
				+ "/assignments"), "{\"periodId\":\"" + yearOfA + "\",\"targets\":[{\"employeeId\":\""
						+ b.employee().employeeId() + "\"}]}");
		attempt(notRefused, request(HttpMethod.POST, "/api/v1/kpi-definitions/" + idsOfA.get("kpi-definition")
				+ "/assignments"), "{\"periodId\":\"" + idsOfB.get("period") + "\",\"targets\":[{\"employeeId\":\""
						+ a.employee().employeeId() + "\"}]}");
		attempt(notRefused, request(HttpMethod.GET, "/api/v1/kpi-definitions/" + idsOfA.get("kpi-definition")
				+ "/draft?unitId=" + b.teamUnit()), null);
		attempt(notRefused, request(HttpMethod.GET, "/api/v1/kpis/" + idsOfA.get("kpi") + "/explain?periodId="
				+ idsOfB.get("period")), null);
		attempt(notRefused, request(HttpMethod.GET, "/api/v1/goals?periodId=" + idsOfB.get("period")), null);
		assertThat(notRefused).as("requests naming B's objects that were not refused").isEmpty();

		// a partial batch refuses B's KPI by its index and stores A's
		String partial = mvc.perform(request(HttpMethod.POST, "/api/v1/measurements/batch")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"kpiId\":\"" + idsOfB.get("kpi") + "\",\"value\":1,\"measuredOn\":\""
					+ yesterday + "\"}],\"partial\":true}")
			.with(Api.bearer(tokenOfA))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(partial, "$.refused[0].code")).isEqualTo("kpi.measurement.kpi.unknown");
		assertThat(JsonPath.<List<String>>read(mvc.perform(get("/api/v1/goals/" + goalOfA + "/children")
			.with(Api.bearer(tokenOfA))).andReturn().getResponse().getContentAsString(), "$[*].id"))
			.containsExactly(idsOfA.get("kpi").toString());
		for (String list : List.of("/api/v1/goals?ownerType=EMPLOYEE&ownerId=" + b.employee().employeeId(),
				"/api/v1/kpis?ownerType=EMPLOYEE&ownerId=" + b.employee().employeeId(),
				"/api/v1/goals?ownerType=ORG_UNIT&ownerId=" + b.salesUnit())) {
			assertThat(mvc.perform(get(list).with(Api.bearer(tokenOfA))).andReturn().getResponse().getContentAsString())
				.as(list)
				.isEqualTo("[]");
		}
		assertThat(jdbc.sql("select count(*) from goal_support where tenant_id = :t").param("t", a.id()).query(Long.class)
			.single()).isZero();
		assertThat(TenantGoalData.fingerprint(jdbc, b.id())).as("company B's goal data after all attempts")
			.isEqualTo(before);
	}

	/** Sends the request as A; anything but 404 or 422 is noted, and the answer must not mention B. */
	private void attempt(List<String> notRefused, MockHttpServletRequestBuilder request, String json) throws Exception {
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		MvcResult result = mvc.perform(request.with(Api.bearer(tokenOfA))).andReturn();
		int status = result.getResponse().getStatus();
		if (status != 404 && status != 422) {
			notRefused.add(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " → " + status);
		}
		// the problem's instance echoes the path the caller sent; nothing else may name B's objects
		String answer = result.getResponse().getContentAsString().replaceAll("\"instance\":\"[^\"]*\"", "");
		for (String marker : List.of(b.code(), idsOfB.get("goal").toString(), idsOfB.get("kpi").toString(),
				idsOfB.get("measurement").toString(), b.employee().name() + "x")) {
			assertThat(answer).as(result.getRequest().getRequestURI()).doesNotContain(marker);
		}
	}

}
