package io.lodestar.security;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.NewToken;
import io.lodestar.account.NewUser;
import io.lodestar.account.TokenManagement;
import io.lodestar.appraisal.AppraisalCycleClosed;
import io.lodestar.engagement.ChatChannelRequest;
import io.lodestar.engagement.EngagementScenario;
import io.lodestar.engagement.FeedbackManagement;
import io.lodestar.engagement.NewFeedback;
import io.lodestar.engagement.NewSupportRequest;
import io.lodestar.engagement.NotificationChannels;
import io.lodestar.engagement.SupportRequests;
import io.lodestar.engagement.channels.ChatPlatform;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.integration.ApiKeys;
import io.lodestar.integration.ConnectorTestData;
import io.lodestar.integration.Connectors;
import io.lodestar.integration.NewApiKey;
import io.lodestar.integration.WebhookEventKind;
import io.lodestar.integration.WebhookRequest;
import io.lodestar.integration.Webhooks;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.NewEmployee;
import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitRequest;
import io.lodestar.people.PositionManagement;
import io.lodestar.people.PositionRequest;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.privacy.ExportKind;
import io.lodestar.privacy.ExportRequests;
import io.lodestar.test.Fixtures;

/**
 * Company A's objects the matrix calls name: all owned by or about the employee (their KPI with an actual, their
 * objective, appraisal, feedback thread, support request, ...). Calls that change an object get a fresh one of the
 * same kind ({@link #fresh}), so that one actor's success does not change what the next actor sees.
 */
final class MatrixObjects {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;

	private final Fixtures.Company a;

	private final Map<String, UUID> shared = new LinkedHashMap<>();

	private final Map<String, Supplier<UUID>> factories = new LinkedHashMap<>();

	MatrixObjects(ApplicationContext context, Fixtures.Company a) {
		this.context = context;
		this.a = a;
		SystemActor.runAs(a.id(), () -> {
			createShared();
			return null;
		});
		registerFactories();
	}

	UUID shared(String entity) {
		UUID id = shared.get(entity);
		if (id == null) {
			throw new IllegalArgumentException("no object of kind " + entity);
		}
		return id;
	}

	/** An object made outside this class (through the API). */
	void add(String entity, UUID id) {
		shared.put(entity, id);
	}

	/** A review comment of the manager's on the objective. */
	UUID commentOn(UUID objective) {
		return SystemActor.runAs(a.id(), () -> bean(io.lodestar.okr.ReviewComments.class).comment(a.manager().principal(),
				objective, new io.lodestar.okr.NewComment(null, "Looks good", null, null, null, null, null, null, null))
			.id());
	}

	/** A new object of the kind (the shared one where creating a new one is not worth it). */
	UUID fresh(String entity) {
		Supplier<UUID> factory = factories.get(entity);
		return factory == null ? shared(entity) : SystemActor.runAs(a.id(), factory::get);
	}

	private CurrentUser hr() {
		return a.hr().principal();
	}

	private <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	private void createShared() {
		PeriodCalendar calendar = bean(PeriodCalendar.class);
		shared.put("employee", a.employee().employeeId());
		shared.put("org-unit", a.teamUnit());
		shared.put("position", a.position());
		shared.put("user", a.employee().userId());
		shared.put("company", a.id());
		shared.putAll(new TenantGoalData(context).create(a));
		shared.put("year", calendar.year(a.id(), lastYear()).get(0).id());
		shared.put("other-goal", newGoal());
		shared.putAll(OkrTenantData.create(context, a));
		shared.put("personal-kpi", EngagementScenario.salesKpi(bean(KpiManagement.class), calendar, a, a.employee(),
				"Emma sales"));
		shared.putAll(RecognitionTenantData.create(context, a, shared.get("personal-kpi")));
		shared.putAll(AppraisalTenantData.create(context, a, shared.get("year")));
		shared.put("token", newToken());
		shared.put("feedback", newFeedback());
		shared.put("support-request", newSupportRequest());
		shared.put("notification", bean(JdbcClient.class)
			.sql("select id from engagement_notification where tenant_id = :t and recipient_employee_id = :e")
			.param("t", a.id()).param("e", a.employee().employeeId()).query(UUID.class).list().get(0));
		shared.put("connector", newConnector());
		shared.put("api-key", newApiKey());
		shared.put("webhook", newWebhook());
		bean(TransactionTemplate.class).executeWithoutResult(tx -> context
			.publishEvent(new AppraisalCycleClosed(a.id(), UUID.randomUUID(), "A")));
		shared.put("webhook-delivery", bean(JdbcClient.class)
			.sql("select id from integration_webhook_delivery where tenant_id = :t").param("t", a.id())
			.query(UUID.class).list().get(0));
		shared.put("notification-channel", newChannel());
		bean(FeedbackManagement.class).give(a.manager().principal(), new NewFeedback(a.employee().employeeId(), null,
				"Well done"));
		shared.put("notification-delivery", bean(JdbcClient.class)
			.sql("select id from engagement_delivery where tenant_id = :t").param("t", a.id()).query(UUID.class)
			.list().get(0));
		shared.put("attendance-device", bean(io.lodestar.attendance.DeviceRegistry.class)
			.approve(hr(), "MX" + a.code().replaceAll("[^A-Za-z0-9]", ""), "A gate", "+08:00").id());
		shared.put("export-request", newExportRequest());
		shared.put("employee-without-account", newEmployee());
		shared.put("bound-kpi", newBoundKpi());
		bean(io.lodestar.attendance.WorkCalendar.class).save(hr(), LocalDate.of(2026, 10, 8), "HOLIDAY", "Holiday");
		bean(io.lodestar.attendance.PinMappings.class).map(hr(), "1001", "E-1");
		shared.put("shift", bean(io.lodestar.attendance.ShiftSchedules.class).createShift(hr(),
				new io.lodestar.attendance.ShiftRequest("Day", java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0),
						null, null, null, null, null, null)).id());
	}



	private void registerFactories() {
		factories.put("employee", this::newEmployee);
		factories.put("org-unit", () -> bean(OrgUnitManagement.class)
			.create(hr(), new OrgUnitRequest(a.salesUnit(), "U" + next(), "Unit", OrgUnitKind.TEAM, null, 1)).id());
		factories.put("position", () -> bean(PositionManagement.class)
			.create(hr(), new PositionRequest("P" + next(), "Position", null)).id());
		factories.put("user", () -> bean(AccountManagement.class)
			.create(hr(), new NewUser(newEmployee(), null, null, Set.of())).user().id());
		factories.put("token", this::newToken);
		factories.put("bound-kpi", this::newBoundKpi);
		factories.put("goal", this::newGoal);
		factories.put("measurement", () -> bean(Measurements.class)
			.record(hr(), MeasurementSource.MANUAL, List.of(new NewMeasurement(shared("kpi"), BigDecimal.ONE,
					LocalDate.now().minusYears(1).withDayOfMonth(3), null, null, null, false)), false)
			.recorded().get(0));
		factories.put("feedback", this::newFeedback);
		factories.put("support-request", this::newSupportRequest);
		factories.put("api-key", this::newApiKey);
		factories.put("webhook", this::newWebhook);
		factories.put("notification-channel", this::newChannel);
		factories.put("export-request", this::newExportRequest);
		factories.put("connector", this::newConnector);
		new MatrixFactories(context, a, this::shared).register(factories);
	}

	private UUID newEmployee() {
		int n = next();
		return bean(EmployeeManagement.class).hire(hr(), new NewEmployee("N-" + n, "Nina " + n, "nina" + n + "@"
				+ a.code().toLowerCase() + ".test", null, LocalDate.of(2021, 1, 4), a.teamUnit(), a.position(),
				a.manager().employeeId())).id();
	}

	/** A personal KPI of the employee's fed from attendance. */
	private UUID newBoundKpi() {
		UUID kpi = EngagementScenario.salesKpi(bean(KpiManagement.class), bean(PeriodCalendar.class), a, a.employee(),
				"Emma punctuality " + next());
		bean(io.lodestar.attendance.AttendanceKpiFeed.class).bind(hr(), kpi,
				io.lodestar.attendance.AttendanceMeasure.PUNCTUALITY_RATE);
		return kpi;
	}

	private UUID newGoal() {
		return bean(GoalManagement.class).create(hr(), new NewGoal(GoalKind.STRATEGY, "Goal " + next(), null,
				OwnerType.COMPANY, null, shared.get("year"), null, null, null, null, null)).id();
	}

	private UUID newToken() {
		return bean(TokenManagement.class).issue(a.employee().principal(), new NewToken("emma " + next(),
				Set.of(TokenScope.READ), null)).details().id();
	}

	private UUID newFeedback() {
		return bean(FeedbackManagement.class).give(a.manager().principal(), new NewFeedback(null,
				shared.get("personal-kpi"), "Keep going")).id();
	}

	private UUID newSupportRequest() {
		return bean(SupportRequests.class).raise(a.employee().principal(), new NewSupportRequest(
				shared.get("personal-kpi"), "I need leads")).id();
	}

	private UUID newConnector() {
		UUID definition = shared.computeIfAbsent("connector-definition",
				kind -> bean(KpiLibrary.class).create(hr(), ConnectorTestData.lossRateDefinition()).id());
		return bean(Connectors.class).create(hr(), ConnectorTestData.neverRun("ERP " + next(), definition,
				bean(PeriodCalendar.class).current(a.id(), io.lodestar.goals.PeriodKind.YEAR).id())).id();
	}

	private UUID newApiKey() {
		return bean(ApiKeys.class).issue(hr(), new NewApiKey("ERP " + next(), Set.of(TokenScope.PEOPLE_READ), null,
				null)).details().id();
	}

	private UUID newWebhook() {
		return bean(Webhooks.class).create(hr(), new WebhookRequest("Payroll " + next(), "https://203.0.113.20/hook",
				Set.of(WebhookEventKind.APPRAISAL_CYCLE_CLOSED), true)).webhook().id();
	}

	private UUID newChannel() {
		// nothing listens on the discard port, so HR's "send a test message" never leaves the machine
		return bean(NotificationChannels.class).create(hr(), new ChatChannelRequest("Chat " + next(),
				ChatPlatform.WECOM, "http://127.0.0.1:9/cgi-bin/webhook/send?key=a" + next(), null, false,
				Set.of("FEEDBACK"), true)).id();
	}

	private UUID newExportRequest() {
		return bean(ExportRequests.class).request(a.manager().principal(), ExportKind.EMPLOYEE_DIRECTORY, "Audit "
				+ next()).id();
	}

	private int lastYear() {
		PeriodCalendar calendar = bean(PeriodCalendar.class);
		return calendar.fiscalYearOf(a.id(), calendar.today(a.id())) - 1;
	}

	private static int next() {
		return SEQUENCE.incrementAndGet();
	}

}
