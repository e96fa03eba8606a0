package io.lodestar.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.security.SecretBox;
import io.lodestar.company.CompanyManagement;
import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalRef;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiDefinitionView;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;

/**
 * SQL pull connectors of a company: HR administrators create and change them (the password is encrypted at
 * once and never returned), test them, run them now and read their runs. Everyone else is refused; another
 * company's connector is "not found". Running is not transactional here: the claim of a connector must be
 * visible to other nodes at once, and a run records its outcome even when it fails.
 */
@Service
public class Connectors {

	/** Rows shown by "test connection". */
	static final int PREVIEW_ROWS = 10;

	private final ConnectorRepository connectors;

	private final ConnectorRuns runs;

	private final ConnectorRunner runner;

	private final SecretBox secrets;

	private final GoalDirectory goals;

	private final KpiLibrary library;

	private final PeriodCalendar calendar;

	private final CompanyManagement companies;

	private final IntegrationProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	Connectors(ConnectorRepository connectors, ConnectorRuns runs, ConnectorRunner runner, SecretBox secrets,
			GoalDirectory goals, KpiLibrary library, PeriodCalendar calendar, CompanyManagement companies,
			IntegrationProperties properties, AuditTrail audit, Clock clock) {
		this.connectors = connectors;
		this.runs = runs;
		this.runner = runner;
		this.secrets = secrets;
		this.goals = goals;
		this.library = library;
		this.calendar = calendar;
		this.companies = companies;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ConnectorView> all(CurrentUser user) {
		requireHr(user);
		List<Connector> found = connectors.findByTenantIdOrderByName(user.tenant());
		return views(user, found);
	}

	@Transactional(readOnly = true)
	public ConnectorView get(CurrentUser user, UUID id) {
		requireHr(user);
		return views(user, List.of(find(user.tenant(), id))).get(0);
	}

	@Transactional
	public ConnectorView create(CurrentUser user, ConnectorRequest request) {
		requireHr(user);
		UUID tenant = user.tenant();
		check(user, request, null);
		Instant now = clock.instant();
		Connector connector = Connector.create(tenant, now);
		connector.change(request, seal(connector, request.password()), now);
		connector = connectors.save(connector);
		runs.reschedule(tenant, connector.id(), connector.nextRunAfter(now, companies.zoneOf(tenant)));
		audit.record("CREATE", "connector", connector.id(), null, connector.auditState());
		return get(user, connector.id());
	}

	@Transactional
	public ConnectorView update(CurrentUser user, UUID id, ConnectorRequest request, Long expectedVersion) {
		requireHr(user);
		UUID tenant = user.tenant();
		Connector connector = find(tenant, id);
		if (expectedVersion != null && !expectedVersion.equals(connector.version())) {
			throw new OptimisticLockingFailureException("connector changed");
		}
		check(user, request, id);
		requirePasswordForNewAddress(connector, request);
		Map<String, Object> before = connector.auditState();
		String sealed = seal(connector, request.password());
		Instant now = clock.instant();
		connector.change(request, sealed, now);
		connector = connectors.save(connector);
		runs.reschedule(tenant, id, connector.nextRunAfter(now, companies.zoneOf(tenant)));
		Map<String, Object> after = connector.auditState();
		if (sealed != null) {
			after.put("passwordChanged", true);
		}
		audit.record("UPDATE", "connector", id, before, after);
		return get(user, id);
	}

	/** Runs the connector now; refused (409) while it is running. */
	public RunView runNow(CurrentUser user, UUID id) {
		requireHr(user);
		Connector connector = find(user.tenant(), id);
		RunView run = runner.run(user.tenant(), connector.id(), RunTrigger.MANUAL, clock.instant())
			.orElseThrow(() -> BusinessRuleException.conflict("integration.connector.busy", null));
		// the measurements name the system actor; the trail keeps who asked for the run
		audit.recordSystem(user.tenant(), user.userId(), user.email(), "RUN", "connector", id, run.status() + " run "
				+ run.id() + ": " + run.recorded() + " recorded, " + run.unchanged() + " unchanged, " + run.skipped()
				+ " skipped");
		return run;
	}

	/** Connects and runs the query without recording anything; shows the first rows. */
	public ConnectorPreview test(CurrentUser user, UUID id) {
		requireHr(user);
		Connector connector = find(user.tenant(), id);
		try {
			ExternalQuery.Result result = runner.preview(connector, PREVIEW_ROWS);
			List<List<String>> rows = new ArrayList<>();
			for (Object[] row : result.rows()) {
				List<String> cells = new ArrayList<>();
				for (Object cell : row) {
					cells.add(cell == null ? null : ResultRows.quote(cell));
				}
				rows.add(cells);
			}
			return new ConnectorPreview(result.columns(), rows, null, null);
		}
		catch (ExternalQuery.Failure failure) {
			return new ConnectorPreview(List.of(), List.of(), failure.code(), failure.getMessage());
		}
	}

	@Transactional(readOnly = true)
	public PageResult<RunView> runs(CurrentUser user, UUID id, PageQuery page) {
		requireHr(user);
		return runs.of(user.tenant(), find(user.tenant(), id).id(), page);
	}

	private void check(CurrentUser user, ConnectorRequest request, UUID self) {
		UUID tenant = user.tenant();
		if (request.name() == null || request.name().isBlank()) {
			throw BusinessRuleException.invalid("integration.connector.name.required", "name");
		}
		if (request.name().strip().length() > 100) {
			throw BusinessRuleException.invalid("integration.connector.name.size", "name");
		}
		connectors.findByTenantIdAndName(tenant, request.name().strip())
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw BusinessRuleException.conflict("integration.connector.name.taken", "name", request.name().strip());
			});
		if (request.jdbcUrl() != null && request.jdbcUrl().length() > 500) {
			throw BusinessRuleException.invalid("integration.connector.url.size", "jdbcUrl");
		}
		JdbcUrls.check(request.jdbcUrl(), properties.allowEmbeddedH2());
		if (request.username() != null && request.username().length() > 200) {
			throw BusinessRuleException.invalid("integration.connector.username.size", "username");
		}
		if (request.password() != null && request.password().length() > 500) {
			throw BusinessRuleException.invalid("integration.connector.password.size", "password");
		}
		QueryText.check(request.query());
		if (request.mode() == null) {
			throw BusinessRuleException.invalid("integration.connector.mode.required", "mode");
		}
		if (request.mode() == ConnectorMode.SINGLE_VALUE) {
			GoalRef kpi = request.kpiId() == null ? null : goals.refs(tenant, Set.of(request.kpiId())).get(request.kpiId());
			if (kpi == null || kpi.kind() != GoalKind.KPI || kpi.status() == GoalStatus.ARCHIVED) {
				throw BusinessRuleException.invalid("integration.connector.kpi.required", "kpiId");
			}
		}
		else {
			if (request.definitionId() == null || !exists(() -> library.get(user, request.definitionId()))) {
				throw BusinessRuleException.invalid("integration.connector.definition.required", "definitionId");
			}
			if (request.kpiPeriodId() == null || !exists(() -> calendar.get(tenant, request.kpiPeriodId()))) {
				throw BusinessRuleException.invalid("integration.connector.period.required", "kpiPeriodId");
			}
		}
		if (request.valuePeriod() == ValuePeriod.FIXED_MONTH && request.fixedMonth() == null) {
			throw BusinessRuleException.invalid("integration.connector.fixed-month.required", "fixedMonth");
		}
		checkSchedule(request);
	}

	private static void checkSchedule(ConnectorRequest request) {
		Schedule schedule = request.schedule() == null ? Schedule.MANUAL : request.schedule();
		boolean atHour = schedule == Schedule.DAILY || schedule == Schedule.WEEKLY || schedule == Schedule.MONTHLY;
		if (atHour && (request.hour() == null || request.hour() < 0 || request.hour() > 23)) {
			throw BusinessRuleException.invalid("integration.connector.hour.range", "hour");
		}
		if (schedule == Schedule.WEEKLY && (request.weekday() == null || request.weekday() < 1 || request.weekday() > 7)) {
			throw BusinessRuleException.invalid("integration.connector.weekday.range", "weekday");
		}
		if (schedule == Schedule.MONTHLY
				&& (request.dayOfMonth() == null || request.dayOfMonth() < 1 || request.dayOfMonth() > 28)) {
			throw BusinessRuleException.invalid("integration.connector.day-of-month.range", "dayOfMonth");
		}
	}

	/**
	 * A stored password only ever goes to the database it was entered for: whoever points the connector at
	 * another server or user must type the password again (otherwise a changed URL could send the stored
	 * password to a server of one's choosing).
	 */
	private static void requirePasswordForNewAddress(Connector connector, ConnectorRequest request) {
		boolean newPassword = request.password() != null && !request.password().isEmpty();
		boolean sameAddress = connector.jdbcUrl().equals(request.jdbcUrl().strip())
				&& java.util.Objects.equals(connector.username(),
						request.username() == null || request.username().isBlank() ? null : request.username().strip());
		if (connector.passwordSecret() != null && !newPassword && !sameAddress) {
			throw BusinessRuleException.invalid("integration.connector.password.reenter", "password");
		}
	}

	private static boolean exists(Runnable lookup) {
		try {
			lookup.run();
			return true;
		}
		catch (NotFoundException missing) {
			return false;
		}
	}

	/** The sealed new password, or null to keep the stored one (blank input). */
	private String seal(Connector connector, String password) {
		return password == null || password.isEmpty() ? null : secrets.seal(password, connector.secretContext());
	}

	private List<ConnectorView> views(CurrentUser user, List<Connector> found) {
		UUID tenant = user.tenant();
		List<UUID> ids = found.stream().map(Connector::id).toList();
		Map<UUID, ConnectorRuns.State> states = runs.states(tenant, ids);
		Map<UUID, RunView> latest = runs.latest(tenant, ids);
		Map<UUID, GoalRef> kpis = goals.refs(tenant, found.stream().map(Connector::kpiId).filter(java.util.Objects::nonNull)
			.toList());
		Map<UUID, String> definitions = new java.util.HashMap<>();
		if (found.stream().anyMatch(connector -> connector.definitionId() != null)) {
			library.all(user, true).forEach(definition -> definitions.put(definition.id(), definition.name()));
		}
		List<ConnectorView> views = new ArrayList<>();
		for (Connector connector : found) {
			ConnectorRuns.State state = states.getOrDefault(connector.id(), new ConnectorRuns.State(null, null));
			String target = connector.mode() == ConnectorMode.SINGLE_VALUE
					? (kpis.containsKey(connector.kpiId()) ? kpis.get(connector.kpiId()).title() : null)
					: definitions.get(connector.definitionId());
			Period period = connector.kpiPeriodId() == null ? null : period(tenant, connector.kpiPeriodId());
			views.add(new ConnectorView(connector.id(), connector.name(), connector.jdbcUrl(), connector.username(),
					connector.passwordSecret() != null, connector.query(), connector.mode(), connector.kpiId(),
					connector.definitionId(), connector.kpiPeriodId(), period, target, connector.valuePeriod(),
					connector.fixedMonth(), connector.schedule(), connector.runHour(), connector.runWeekday(),
					connector.runDay(), connector.enabled(), state.nextRunAt(), state.runningSince(),
					latest.get(connector.id()), connector.version()));
		}
		return views;
	}

	private Period period(UUID tenant, UUID id) {
		try {
			return calendar.get(tenant, id);
		}
		catch (NotFoundException gone) {
			return null;
		}
	}

	/** Library definitions a rows connector may feed (for forms). */
	@Transactional(readOnly = true)
	public List<KpiDefinitionView> definitions(CurrentUser user) {
		requireHr(user);
		return library.all(user, false);
	}

	private Connector find(UUID tenant, UUID id) {
		return connectors.findByTenantIdAndId(tenant, id).orElseThrow(() -> new NotFoundException("connector", id));
	}

	private static void requireHr(CurrentUser user) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("connectors");
		}
	}

}
