package io.lodestar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.lodestar.account.TokenManagement;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.engagement.ChatChannelRequest;
import io.lodestar.engagement.NotificationChannels;
import io.lodestar.engagement.NotificationPreferences;
import io.lodestar.engagement.channels.ChatPlatform;
import io.lodestar.integration.ConnectorTestData;
import io.lodestar.integration.Connectors;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.engagement.EngagementScenario;
import io.lodestar.engagement.FeedbackManagement;
import io.lodestar.engagement.NewFeedback;
import io.lodestar.engagement.NewSupportRequest;
import io.lodestar.engagement.SupportRequests;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewKpi;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Company A's HR administrator — the most powerful role inside a company — tries every endpoint that takes
 * an id with company B's ids, through the web UI and the API, with every HTTP method the endpoint accepts.
 * Each attempt must be refused (403/404), and company B's rows must be byte-for-byte unchanged afterwards.
 * Then A's lists, searches, audit trail and exports must not mention B at all. A new endpoint with an id
 * fails this test until its id is mapped to an entity below, so it cannot escape the check.
 */
@IntegrationTest
class CrossTenantIsolationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TokenManagement tokens;

	@Autowired
	Connectors connectors;

	@Autowired
	KpiLibrary library;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	FeedbackManagement feedback;

	@Autowired
	SupportRequests support;

	@Autowired
	ApplicationContext context;

	@Autowired
	NotificationChannels channels;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Fixtures.Company a;

	Fixtures.Company b;

	String tokenOfA;

	Map<String, UUID> idsOfB = new LinkedHashMap<>();

	/** A period of company A, for request bodies that need one. */
	UUID periodOfA;

	@Autowired
	GoalManagement goals;

	@Autowired
	Measurements measurements;

	UUID goalOfA;

	UUID measurementOfB;

	UUID cycleOfA;

	@BeforeEach
	void twoCompanies() throws Exception {
		a = fixtures.company();
		b = fixtures.company();
		tokenOfA = fixtures.token(a.hr(), TokenScope.READ, TokenScope.WRITE);
		idsOfB.put("employee", b.employee().employeeId());
		idsOfB.put("org-unit", b.teamUnit());
		idsOfB.put("position", b.position());
		idsOfB.put("user", b.employee().userId());
		idsOfB.put("company", b.id());
		idsOfB.put("token", SystemActor.runAs(b.id(),
				() -> tokens.issue(b.hr().principal(), new io.lodestar.account.NewToken("b", java.util.Set.of(TokenScope.READ), null)))
			.details()
			.id());
		String csv = "Employee no.,Name,Org unit code\nB-77,Bea,SALES\n";
		String job = mvc
			.perform(multipart("/api/v1/imports/employees").file(new MockMultipartFile("file", "b.csv", "text/csv",
					csv.getBytes(StandardCharsets.UTF_8))).param("dryRun", "true")
				.with(Api.bearer(fixtures.token(b.hr(), TokenScope.READ, TokenScope.WRITE))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		idsOfB.put("import", UUID.fromString(job.replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1")));
		TenantGoalData goalData = new TenantGoalData(context);
		idsOfB.putAll(goalData.create(b));
		periodOfA = goalData.currentYear(a);
		idsOfB.put("connector", SystemActor.runAs(b.id(), () -> {
			UUID definition = library.create(b.hr().principal(), ConnectorTestData.lossRateDefinition()).id();
			UUID year = calendar.current(b.id(), io.lodestar.goals.PeriodKind.YEAR).id();
			return connectors.create(b.hr().principal(), ConnectorTestData.neverRun("ERP " + b.code(), definition, year))
				.id();
		}));
		// integration: an API key and a webhook of B's, with a delivery of an event in B
		idsOfB.put("api-key", SystemActor.runAs(b.id(), () -> context.getBean(io.lodestar.integration.ApiKeys.class)
			.issue(b.hr().principal(), new io.lodestar.integration.NewApiKey("B ERP",
					java.util.Set.of(TokenScope.PEOPLE_READ), null, null)).details().id()));
		idsOfB.put("webhook", SystemActor.runAs(b.id(), () -> context.getBean(io.lodestar.integration.Webhooks.class)
			.create(b.hr().principal(), new io.lodestar.integration.WebhookRequest("B payroll",
					"https://203.0.113.20/hook", java.util.Set.of(io.lodestar.integration.WebhookEventKind.APPRAISAL_CYCLE_CLOSED),
					true)).webhook().id()));
		context.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(
				tx -> context.publishEvent(new io.lodestar.appraisal.AppraisalCycleClosed(b.id(), UUID.randomUUID(), "B")));
		idsOfB.put("webhook-delivery", jdbc.sql("select id from integration_webhook_delivery where tenant_id = :t")
			.param("t", b.id()).query(UUID.class).single());
		idsOfB.put("kpi-definition", SystemActor.runAs(b.id(), () -> library.create(b.hr().principal(),
				new io.lodestar.kpi.KpiDefinitionRequest("B-LOSS", "B loss rate", null, new io.lodestar.kpi.KpiConfig("%",
						io.lodestar.scoring.Direction.AT_MOST, io.lodestar.scoring.ScoringMethod.RATIO,
						io.lodestar.scoring.Aggregation.AVERAGE, io.lodestar.goals.PeriodKind.MONTH, null,
						new java.math.BigDecimal("4"), null, null, null, true, null, List.of(), null, null,
						new java.math.BigDecimal("50"), false, null), null)))
			.id());
		// engagement: a personal KPI of B's employee, feedback on it, a support request and the notifications they sent
		UUID kpiOfB = EngagementScenario.salesKpi(kpis, calendar, b, b.employee(), "B sales");
		idsOfB.put("goal", kpiOfB);
		idsOfB.put("feedback", SystemActor.runAs(b.id(),
				() -> feedback.give(b.manager().principal(), new NewFeedback(null, kpiOfB, "Keep going"))).id());
		idsOfB.put("support-request", SystemActor.runAs(b.id(),
				() -> support.raise(b.employee().principal(), new NewSupportRequest(kpiOfB, "I need leads"))).id());
		idsOfB.put("notification", jdbc.sql("select id from engagement_notification where tenant_id = :t and "
				+ "recipient_employee_id = :e").param("t", b.id()).param("e", b.employee().employeeId()).query(UUID.class)
			.single());
		// notifications: a group chat of B's that receives feedback, and the delivery B's next feedback makes
		idsOfB.put("notification-channel", SystemActor.runAs(b.id(), () -> channels.create(b.hr().principal(),
				new ChatChannelRequest("B chat", ChatPlatform.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=b",
						null, false, java.util.Set.of("FEEDBACK"), true)).id()));
		SystemActor.runAs(b.id(), () -> feedback.give(b.manager().principal(), new NewFeedback(b.employee().employeeId(),
				null, "Well done")));
		idsOfB.put("notification-delivery", jdbc.sql("select id from engagement_delivery where tenant_id = :t")
			.param("t", b.id()).query(UUID.class).single());
		SystemActor.runAs(b.id(), () -> preferences.setCompanyDefaults(b.hr().principal(), Map.of("AWARD", false)));
		goalsOfB();
		idsOfB.putAll(OkrTenantData.create(context, b));
		idsOfB.putAll(RecognitionTenantData.create(context, b, kpiOfB));
		idsOfB.putAll(AppraisalTenantData.create(context, b, calendar.year(b.id(), lastYear(b)).get(0).id()));
		attendanceDeviceOfB();
		cycleOfA = OkrTenantData.create(context, a).get("okr-cycle");
		goalOfA = SystemActor.runAs(a.id(), () -> goals.create(a.hr().principal(), new NewGoal(GoalKind.STRATEGY, "A's goal",
				null, OwnerType.COMPANY, null, calendar.year(a.id(), lastYear(a)).get(0).id(), null, null, null, null,
				null)).id());
	}

	/** A time clock approved into B, with a punch it sent and a command queued for it. */
	private void attendanceDeviceOfB() throws Exception {
		var registry = context.getBean(io.lodestar.attendance.DeviceRegistry.class);
		String serial = "ISO" + b.code().replaceAll("[^A-Za-z0-9]", "");
		UUID device = SystemActor.runAs(b.id(), () -> registry.approve(b.hr().principal(), serial, "B gate", "+08:00")
			.id());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/iclock/cdata").queryParam("SN", serial).queryParam("table", "ATTLOG").queryParam("Stamp", "1")
			.contentType("text/plain").content("1001\t2026-01-10 09:00:00\t0\t1\n"));
		SystemActor.runAs(b.id(), () -> registry.pushUser(b.hr().principal(), device, "1001", "Bea"));
		idsOfB.put("attendance-device", device);
	}

	/** B's strategic goal, a KPI under it with an actual, and a period: the goal and KPI pages must refuse them. */
	private void goalsOfB() {
		SystemActor.runAs(b.id(), () -> {
			var hr = b.hr().principal();
			var year = calendar.year(b.id(), lastYear(b)).get(0);
			UUID strategy = goals.create(hr, new NewGoal(GoalKind.STRATEGY, "B strategy", null, OwnerType.COMPANY, null,
					year.id(), null, null, null, null, null)).id();
			UUID kpi = kpis.create(hr, new NewKpi("B KPI", null, OwnerType.EMPLOYEE, b.employee().employeeId(), year.id(),
					strategy, null, new KpiConfig("%", Direction.INCREASE, ScoringMethod.RATIO, Aggregation.SUM,
							PeriodKind.MONTH, null, java.math.BigDecimal.TEN, null, null, null, true, null, List.of(),
							null, null, java.math.BigDecimal.valueOf(100), false, null))).goal().id();
			measurementOfB = measurements.record(hr, MeasurementSource.MANUAL, List.of(new NewMeasurement(kpi,
					java.math.BigDecimal.ONE, year.startsOn().plusDays(3), "b-ref", null, null, false)), false)
				.recorded()
				.get(0);
			idsOfB.put("goal", strategy);
			idsOfB.put("kpi", kpi);
			idsOfB.put("period", year.id());
		});
	}

	private int lastYear(Fixtures.Company company) {
		return calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
	}

	@Test
	void noEndpointActsOnAnotherCompanysObjects() throws Exception {
		String before = fingerprintOf(b.id());
		List<String> leaks = new ArrayList<>();
		List<String> unmapped = new ArrayList<>();
		int attempts = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.contains("{id}")) {
					continue;
				}
				String entity = IsolationChecks.entityOf(pattern);
				if (entity == null) {
					unmapped.add(pattern);
					continue;
				}
				var methods = info.getMethodsCondition().getMethods().isEmpty() ? java.util.Set.of(RequestMethod.GET)
						: info.getMethodsCondition().getMethods();
				for (RequestMethod verb : methods) {
					HttpMethod method = HttpMethod.valueOf(verb.name());
					// other id variables name B's objects too: A's goal must not support B's goal either
					String path = pattern.replace("{id}", idsOfB.get(entity).toString())
						.replace("{supportedGoalId}", idsOfB.get("goal").toString())
						.replace("{commentId}", idsOfB.get("okr-comment").toString())
						.replace("{number}", "2");
					MockHttpServletRequestBuilder request = new PlausibleInput(a, periodOfA, cycleOfA, goalOfA, measurementOfB)
						.apply(request(method, path), pattern, method);
					request = pattern.startsWith("/api/") ? request.with(Api.bearer(tokenOfA))
							: request.with(Fixtures.as(a.hr())).with(csrf());
					MvcResult result = mvc.perform(request).andReturn();
					attempts++;
					int status = result.getResponse().getStatus();
					if (status != 403 && status != 404) {
						leaks.add(method + " " + pattern + " → " + status);
					}
				}
			}
		}
		assertThat(unmapped).as("endpoints with an {id} this test does not know yet").isEmpty();
		assertThat(attempts).isGreaterThan(40);
		assertThat(leaks).as("requests with another company's ids that were not refused").isEmpty();
		assertThat(fingerprintOf(b.id())).as("company B's data after all attempts").isEqualTo(before);
	}

	@Test
	void listsSearchesAuditAndExportsNeverMentionAnotherCompany() throws Exception {
		List<String> markers = List.of(b.code(), b.code().toLowerCase(), b.employee().employeeId().toString(),
				b.salesUnit().toString(), b.employee().userId().toString(), "B-LOSS", idsOfB.get("goal").toString(),
				idsOfB.get("kpi").toString(), idsOfB.get("period").toString(), "B strategy", "B ERP", "B payroll");
		String yearOfA = "year=" + lastYear(a);
		List<String> pages = List.of("/", "/org", "/org/search?q=Emma", "/people?status=ALL", "/admin/org-units",
				"/admin/positions", "/admin/users", "/admin/audit", "/admin/imports", "/dashboard", "/admin/connectors",
				"/admin/kpi-library", "/admin/kpi-library?archived=true", "/admin/kpi-import", "/kpis/entry", "/inbox",
				"/feedback", "/support", "/engagement/support/open", "/goals?" + yearOfA, "/my/goals?" + yearOfA,
				"/admin/periods?" + yearOfA, "/admin/goal-settings", "/kpis/new", "/goals/new", "/admin/notifications",
				"/admin/notifications/deliveries", "/my/notifications/preferences",
				"/goals/" + goalOfA + "/link", "/recognition", "/recognition/budgets", "/admin/recognition/award-types",
				"/recognition/awards/new", "/recognition/praise/new", "/admin/appraisal/templates",
				"/admin/appraisal/cycles", "/appraisals", "/appraisals/team", "/admin/appraisal/cycles/new",
				"/admin/api-keys", "/admin/webhooks");
		for (String page : pages) {
			String html = mvc.perform(get(page).with(Fixtures.as(a.hr()))).andReturn().getResponse().getContentAsString();
			markers.forEach(marker -> assertThat(html).as(page).doesNotContain(marker));
		}
		// searching for B's people by their e-mail domain finds nobody (the query itself is echoed back)
		assertThat(mvc.perform(get("/people").param("q", b.code().toLowerCase() + ".test").param("status", "ALL")
			.with(Fixtures.as(a.hr()))).andReturn().getResponse().getContentAsString()).contains("Nobody found");
		assertThat(mvc.perform(get("/api/v1/employees").param("q", b.code().toLowerCase() + ".test").param("status", "ALL")
			.with(Api.bearer(tokenOfA))).andReturn().getResponse().getContentAsString()).contains("\"totalItems\":0");
		List<String> api = List.of("/api/v1/employees?status=ALL&size=200", "/api/v1/org-units", "/api/v1/positions", "/api/v1/users", "/api/v1/audit-events?size=200",
				"/api/v1/imports", "/api/v1/tokens", "/api/v1/me", "/api/v1/connectors", "/api/v1/feedback",
				"/api/v1/support-requests", "/api/v1/notifications", "/api/v1/goals?includeArchived=true", "/api/v1/kpis",
				"/api/v1/kpi-definitions?includeArchived=true", "/api/v1/periods", "/api/v1/company/settings",
				"/api/v1/recognition/feed", "/api/v1/recognition/award-types?includeRetired=true",
				"/api/v1/recognition/budgets", "/api/v1/appraisals/mine", "/api/v1/appraisals/peer-requests",
				"/api/v1/appraisal/templates", "/api/v1/appraisal/cycles",
				"/api/v1/notification-channels", "/api/v1/notification-deliveries", "/api/v1/me/notification-preferences",
				"/api/v1/notification-preferences/company", "/api/v1/integration/api-keys", "/api/v1/integration/webhooks");
		for (String call : api) {
			String json = mvc.perform(get(call).with(Api.bearer(tokenOfA))).andReturn().getResponse().getContentAsString();
			markers.forEach(marker -> assertThat(json).as(call).doesNotContain(marker));
		}
		String count = mvc.perform(get("/api/v1/employees?status=ALL&size=1").with(Api.bearer(tokenOfA)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count).contains("\"totalItems\":5");
		for (String export : List.of("/people/export.xlsx", "/admin/org-units/export.xlsx")) {
			String text = cellsOf(mvc.perform(get(export).with(Fixtures.as(a.hr()))).andReturn().getResponse()
				.getContentAsByteArray());
			assertThat(text.toLowerCase()).as(export).contains(a.code().toLowerCase());
			markers.forEach(marker -> assertThat(text).as(export).doesNotContain(marker));
		}
		String apiExport = cellsOf(mvc.perform(get("/api/v1/employees/export.xlsx").with(Api.bearer(tokenOfA)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		markers.forEach(marker -> assertThat(apiExport).doesNotContain(marker));
	}

	private static String cellsOf(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		DataFormatter formatter = new DataFormatter();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|'))));
		}
		return text.toString();
	}

	private String fingerprintOf(UUID tenant) {
		return IsolationChecks.fingerprint(jdbc, tenant);
	}

}
