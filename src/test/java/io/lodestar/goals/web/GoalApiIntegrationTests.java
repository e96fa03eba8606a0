package io.lodestar.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.goals.OwnerType;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Periods, the company's goal settings and the goal graph over the API: periods created on first use and
 * labelled in the caller's language, locking by HR with a reason, settings with versions, and goals created,
 * changed, linked (contributes, supports), archived and restored by those who may set them.
 */
@IntegrationTest
class GoalApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.lodestar.okr.OkrCycles okrCycles;

	@Autowired
	io.lodestar.okr.Objectives objectives;

	private ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request.with(Api.bearer(token)));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	private String token(Fixtures.Person person) {
		return fixtures.token(person, TokenScope.READ, TokenScope.WRITE);
	}

	private UUID yearId(String token, int fiscalYear) throws Exception {
		return UUID.fromString(JsonPath.<List<String>>read(body(send(get("/api/v1/periods?fiscalYear=" + fiscalYear), token,
				null)), "$[?(@.kind == 'YEAR')].id").get(0));
	}

	private UUID goal(String token, String json) throws Exception {
		ResultActions result = send(post("/api/v1/goals"), token, json);
		assertThat(result.andReturn().getResponse().getStatus()).as(body(result)).isEqualTo(201);
		return UUID.fromString(JsonPath.read(body(result), "$.id"));
	}

	private static String strategy(String title, String ownerType, UUID ownerId, UUID period) {
		return """
				{"kind": "STRATEGY", "title": "%s", "ownerType": "%s", "ownerId": %s, "periodId": "%s"}
				""".formatted(title, ownerType, ownerId == null ? "null" : "\"" + ownerId + "\"", period);
	}

	@Test
	void aFiscalYearsPeriodsAreCreatedOnFirstUseAndLabelledInTheCallersLanguage() throws Exception {
		var company = fixtures.company();
		String employee = token(company.employee());
		send(get("/api/v1/periods?fiscalYear=2031"), employee, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(19)))
			.andExpect(jsonPath("$[0].kind").value("YEAR"))
			.andExpect(jsonPath("$[0].label").value("2031"))
			.andExpect(jsonPath("$[0].startsOn").value("2031-01-01"))
			.andExpect(jsonPath("$[0].endsOn").value("2031-12-31"))
			.andExpect(jsonPath("$[3].kind").value("QUARTER"))
			.andExpect(jsonPath("$[3].label").value("2031 Q1"))
			.andExpect(jsonPath("$[18].label").value("2031-12"));
		mvc.perform(get("/api/v1/periods?fiscalYear=2031").header("Accept-Language", "zh-CN").with(Api.bearer(employee)))
			.andExpect(jsonPath("$[3].label").value("2031年第1季度"))
			.andExpect(jsonPath("$[1].label").value("2031年上半年"));
		assertThat(jdbc.sql("select count(*) from goal_period where tenant_id = :t and fiscal_year = 2031")
			.param("t", company.id())
			.query(Long.class)
			.single()).isEqualTo(19);
		send(get("/api/v1/periods?fiscalYear=1999"), employee, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
		send(get("/api/v1/periods?fiscalYear=soon"), employee, null).andExpect(status().isBadRequest());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String quarter = body(send(get("/api/v1/periods/current?kind=QUARTER"), employee, null).andExpect(status().isOk()));
		assertThat(LocalDate.parse(JsonPath.read(quarter, "$.startsOn"))).isBeforeOrEqualTo(today);
		assertThat(LocalDate.parse(JsonPath.read(quarter, "$.endsOn"))).isAfterOrEqualTo(today);
		assertThat(JsonPath.<String>read(quarter, "$.kind")).isEqualTo("QUARTER");
		send(get("/api/v1/periods/" + JsonPath.read(quarter, "$.id")), employee, null)
			.andExpect(jsonPath("$.sequence").value(JsonPath.<Integer>read(quarter, "$.sequence")));
		send(get("/api/v1/periods/" + UUID.randomUUID()), employee, null).andExpect(status().isNotFound());
		// without a year: the current one, which now exists
		send(get("/api/v1/periods"), employee, null).andExpect(jsonPath("$[0].fiscalYear").value(today.getYear()));
	}

	@Test
	void onlyHrLocksPeriodsAndLockingNeedsAReason() throws Exception {
		var company = fixtures.company();
		String hr = token(company.hr());
		String march = JsonPath.<List<String>>read(body(send(get("/api/v1/periods?fiscalYear=2030"), hr, null)),
				"$[?(@.kind == 'MONTH' && @.sequence == 3)].id").get(0);
		send(post("/api/v1/periods/" + march + "/lock"), token(company.manager()), "{\"reason\": \"x\"}")
			.andExpect(status().isForbidden());
		send(post("/api/v1/periods/" + march + "/lock"), hr, "{\"reason\": \" \"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		send(post("/api/v1/periods/" + march + "/lock"), hr, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		send(post("/api/v1/periods/" + march + "/lock"), hr, "{\"reason\": \"3月数据已确认\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(true))
			.andExpect(jsonPath("$.lockReason").value("3月数据已确认"));
		assertThat(jdbc.sql("select count(*) from goal_period where tenant_id = :t and locked_at is not null")
			.param("t", company.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'PERIOD_LOCKED'")
			.param("t", company.id()).query(Long.class).single()).isEqualTo(1);
		send(get("/api/v1/periods/" + march), token(company.employee()), null).andExpect(jsonPath("$.locked").value(true));
		send(post("/api/v1/periods/" + march + "/unlock"), token(company.employee()), null).andExpect(status().isForbidden());
		send(post("/api/v1/periods/" + march + "/unlock"), hr, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(false))
			.andExpect(jsonPath("$.lockReason").doesNotExist());
	}

	@Test
	void hrChangesTheGoalSettingsWithTheVersionReadEveryoneReadsThem() throws Exception {
		var company = fixtures.company();
		String hr = token(company.hr());
		String settings = body(send(get("/api/v1/company/settings"), token(company.employee()), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fiscalYearStartMonth").value(1))
			.andExpect(jsonPath("$.kpiActualsPublic").value(false)));
		int version = JsonPath.<Number>read(settings, "$.version").intValue();
		send(put("/api/v1/company/settings"), token(company.executive()),
				"{\"fiscalYearStartMonth\": 4, \"kpiActualsPublic\": false, \"version\": " + version + "}")
			.andExpect(status().isForbidden());
		send(put("/api/v1/company/settings"), hr, "{\"fiscalYearStartMonth\": 13, \"kpiActualsPublic\": false, \"version\": "
				+ version + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fiscalYearStartMonth"));
		send(put("/api/v1/company/settings"), hr, "{\"fiscalYearStartMonth\": 4, \"kpiActualsPublic\": false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		// before any period exists the fiscal year may still start in April
		send(put("/api/v1/company/settings"), hr, "{\"fiscalYearStartMonth\": 4, \"kpiActualsPublic\": true, \"version\": "
				+ version + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fiscalYearStartMonth").value(4))
			.andExpect(jsonPath("$.kpiActualsPublic").value(true))
			.andExpect(jsonPath("$.version").value(version + 1));
		send(put("/api/v1/company/settings"), hr, "{\"fiscalYearStartMonth\": 4, \"kpiActualsPublic\": false, \"version\": "
				+ version + "}").andExpect(status().isConflict());
		send(get("/api/v1/periods?fiscalYear=2031"), hr, null)
			.andExpect(jsonPath("$[0].startsOn").value("2031-04-01"))
			.andExpect(jsonPath("$[0].label").value("FY2031"));
		send(put("/api/v1/company/settings"), hr, "{\"fiscalYearStartMonth\": 1, \"kpiActualsPublic\": true, \"version\": "
				+ (version + 1) + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("company.fiscal-year-start.in-use"));
		assertThat(jdbc.sql("select fiscal_year_start_month from company where id = :id").param("id", company.id())
			.query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void goalsAreCreatedChangedLinkedArchivedAndRestored() throws Exception {
		var company = fixtures.company();
		String hr = token(company.hr());
		UUID year = yearId(hr, 2030);
		UUID companyGoal = goal(token(company.executive()), strategy("营收增长20%", "COMPANY", null, year));
		send(get("/api/v1/goals/" + companyGoal), token(company.employee()), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("STRATEGY"))
			.andExpect(jsonPath("$.ownerName").value("Company " + company.code()))
			.andExpect(jsonPath("$.period.label").value("2030"))
			.andExpect(jsonPath("$.progressDriver").value("CHILDREN"))
			.andExpect(jsonPath("$.manageable").value(false));
		ResultActions created = send(post("/api/v1/goals"), hr, strategy("华东销售额增长25%", "ORG_UNIT", company.salesUnit(), year))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/goals/")))
			.andExpect(jsonPath("$.ownerName").value("Sales"));
		UUID unitGoal = UUID.fromString(JsonPath.read(body(created), "$.id"));
		int version = JsonPath.read(body(created), "$.version");

		send(put("/api/v1/goals/" + unitGoal), hr, "{\"title\": \"华东销售额增长30%\", \"weight\": 3, \"version\": " + version + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("华东销售额增长30%"))
			.andExpect(jsonPath("$.weight").value(3));
		send(put("/api/v1/goals/" + unitGoal), hr, "{\"title\": \"again\", \"version\": " + version + "}")
			.andExpect(status().isConflict());
		send(put("/api/v1/goals/" + unitGoal), hr, "{\"title\": \"\", \"version\": " + (version + 1) + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));

		send(put("/api/v1/goals/" + unitGoal + "/parent"), hr, "{\"parentId\": \"" + companyGoal + "\", \"weight\": 2}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").value(companyGoal.toString()))
			.andExpect(jsonPath("$.weight").value(2));
		assertThat(ids(hr, companyGoal + "/children")).containsExactly(unitGoal);
		assertThat(ids(hr, unitGoal + "/ancestry")).containsExactly(companyGoal);
		send(put("/api/v1/goals/" + companyGoal + "/parent"), hr, "{\"parentId\": \"" + unitGoal + "\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("goals.link.cycle"));

		UUID other = goal(hr, strategy("客户满意度≥95%", "COMPANY", null, year));
		send(post("/api/v1/goals/" + unitGoal + "/supports/" + other), hr, null).andExpect(status().isNoContent());
		send(post("/api/v1/goals/" + unitGoal + "/supports/" + other), hr, null).andExpect(status().isNoContent());
		assertThat(supports(company.id(), unitGoal)).containsExactly(other);
		send(post("/api/v1/goals/" + unitGoal + "/supports/" + unitGoal), hr, null)
			.andExpect(status().isUnprocessableContent());
		send(post("/api/v1/goals/" + unitGoal + "/supports/" + UUID.randomUUID()), hr, null)
			.andExpect(status().isNotFound());
		send(delete("/api/v1/goals/" + unitGoal + "/supports/" + other), hr, null).andExpect(status().isNoContent());
		assertThat(supports(company.id(), unitGoal)).isEmpty();

		send(put("/api/v1/goals/" + unitGoal + "/parent"), hr, "{\"parentId\": null}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").doesNotExist());
		send(get("/api/v1/goals/" + companyGoal + "/children"), hr, null).andExpect(jsonPath("$", hasSize(0)));

		send(post("/api/v1/goals/" + unitGoal + "/archive"), hr, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ARCHIVED"));
		assertThat(JsonPath.<List<String>>read(body(send(get("/api/v1/goals?periodId=" + year), hr, null)), "$[*].id"))
			.containsExactlyInAnyOrder(companyGoal.toString(), other.toString());
		assertThat(JsonPath.<List<String>>read(body(send(get("/api/v1/goals?periodId=" + year + "&includeArchived=true"), hr,
				null)), "$[*].id")).contains(unitGoal.toString());
		send(post("/api/v1/goals/" + unitGoal + "/restore"), hr, null).andExpect(jsonPath("$.status").value("ACTIVE"));
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and entity_id = :id")
			.param("t", company.id())
			.param("id", unitGoal.toString())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void onlyThoseWhoSetAGoalMayCreateOrChangeIt() throws Exception {
		var company = fixtures.company();
		String hr = token(company.hr());
		UUID year = yearId(hr, 2030);
		send(post("/api/v1/goals"), token(company.employee()), strategy("x", "COMPANY", null, year))
			.andExpect(status().isForbidden());
		send(post("/api/v1/goals"), token(company.manager()), strategy("x", "COMPANY", null, year))
			.andExpect(status().isForbidden());
		send(post("/api/v1/goals"), token(company.manager()), strategy("x", "ORG_UNIT", company.salesUnit(), year))
			.andExpect(status().isForbidden());
		UUID companyGoal = goal(hr, strategy("营收增长20%", "COMPANY", null, year));
		send(put("/api/v1/goals/" + companyGoal), token(company.manager()), "{\"title\": \"x\", \"version\": 0}")
			.andExpect(status().isForbidden());
		send(post("/api/v1/goals/" + companyGoal + "/archive"), token(company.employee()), null)
			.andExpect(status().isForbidden());
		// a KPI needs its scoring, so it is created through the KPI endpoint
		send(post("/api/v1/goals"), hr, strategy("x", "COMPANY", null, year).replace("STRATEGY", "KPI"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.detail").value(containsString("/api/v1/kpis")));
		send(post("/api/v1/goals"), hr, strategy("x", "EMPLOYEE", company.employee().employeeId(), year))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("goals.goal.strategy-owner"));
		send(post("/api/v1/goals"), hr, strategy("x", "ORG_UNIT", UUID.randomUUID(), year))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ownerId"));
		send(post("/api/v1/goals"), hr, strategy("x", "COMPANY", null, UUID.randomUUID())).andExpect(status().isNotFound());
		send(post("/api/v1/goals"), hr, "{\"kind\": \"STRATEGY\", \"ownerType\": \"COMPANY\"}")
			.andExpect(status().isBadRequest());
		// objectives and key results are drafted and reviewed through the OKR API
		send(post("/api/v1/goals"), token(company.manager()), """
				{"kind": "OBJECTIVE", "title": "提升客户满意度", "ownerType": "EMPLOYEE", "ownerId": "%s", "periodId": "%s"}
				""".formatted(company.employee().employeeId(), year))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("goals.goal.kind-through-okr"));
		assertThat(jdbc.sql("select count(*) from goal where tenant_id = :t").param("t", company.id()).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theGoalListFiltersByPeriodOwnerAndKind() throws Exception {
		var company = fixtures.company();
		String hr = token(company.hr());
		UUID year = yearId(hr, 2030);
		String quarter = JsonPath.<List<String>>read(body(send(get("/api/v1/periods?fiscalYear=2030"), hr, null)),
				"$[?(@.kind == 'QUARTER' && @.sequence == 2)].id").get(0);
		UUID companyGoal = goal(hr, strategy("营收增长20%", "COMPANY", null, year));
		UUID unitGoal = goal(hr, strategy("华东销售额增长25%", "ORG_UNIT", company.salesUnit(), UUID.fromString(quarter)));
		// a private objective (drafted through the OKR module) with its key result
		var draft = io.lodestar.platform.security.SystemActor.runAs(company.id(), () -> {
			var cycle = okrCycles.create(company.hr().principal(), new io.lodestar.okr.NewCycle("2030 Q1",
					io.lodestar.okr.Cadence.QUARTER, java.time.LocalDate.of(2030, 1, 1), null, null, null, null, null,
					null, null));
			return objectives.draft(company.employee().principal(), new io.lodestar.okr.ObjectiveDraft(cycle.id(),
					OwnerType.EMPLOYEE, company.employee().employeeId(), "提升客户满意度", null,
					io.lodestar.goals.GoalVisibility.PRIVATE, null, List.of(new io.lodestar.okr.KeyResultDraft(null,
							"满意度 4.2 → 4.8", io.lodestar.okr.KeyResultType.METRIC, null, new java.math.BigDecimal("4.2"),
							new java.math.BigDecimal("4.8"), null, java.math.BigDecimal.valueOf(100))), null));
		});
		UUID objective = draft.id();
		UUID keyResult = draft.keyResults().get(0).id();
		// objectives change through the OKR module only (it keeps their review state and history)
		send(put("/api/v1/goals/" + objective), hr, "{\"title\": \"X\", \"version\": 0}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("goals.goal.kind-through-okr"));
		UUID otherYear = goal(hr, strategy("2031", "COMPANY", null, yearId(hr, 2031)));
		assertThat(ids(hr, "periodId=" + year)).containsExactlyInAnyOrder(companyGoal, unitGoal, objective, keyResult);
		assertThat(ids(hr, "periodId=" + quarter)).containsExactly(unitGoal);
		assertThat(ids(hr, "ownerType=ORG_UNIT")).containsExactly(unitGoal);
		assertThat(ids(hr, "ownerType=EMPLOYEE&ownerId=" + company.employee().employeeId()))
			.containsExactlyInAnyOrder(objective, keyResult);
		assertThat(ids(hr, "kind=STRATEGY")).containsExactlyInAnyOrder(companyGoal, unitGoal, otherYear);
		assertThat(ids(hr, "kind=STRATEGY&kind=OBJECTIVE&periodId=" + year)).hasSize(3);
		// personal goals only for the person, their managers, HR and executives
		assertThat(ids(token(company.colleague()), "periodId=" + year)).containsExactlyInAnyOrder(companyGoal, unitGoal);
		assertThat(ids(token(company.employee()), "periodId=" + year)).contains(objective);
		assertThat(ids(token(company.manager()), "periodId=" + year)).contains(objective);
		send(get("/api/v1/goals?kind=WISH"), hr, null).andExpect(status().isBadRequest());
	}

	private List<UUID> ids(String token, String query) throws Exception {
		String path = query.contains("=") ? "/api/v1/goals?" + query : "/api/v1/goals/" + query;
		ResultActions result = send(get(path), token, null);
		assertThat(result.andReturn().getResponse().getStatus()).as(body(result)).isEqualTo(200);
		return JsonPath.<List<String>>read(body(result), "$[*].id").stream().map(UUID::fromString).toList();
	}

	private List<UUID> supports(UUID tenant, UUID goal) {
		return jdbc.sql("select supported_goal_id from goal_support where tenant_id = :t and goal_id = :g")
			.param("t", tenant)
			.param("g", goal)
			.query(UUID.class)
			.list();
	}

}
