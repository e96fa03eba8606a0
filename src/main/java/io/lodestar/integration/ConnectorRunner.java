package io.lodestar.integration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.platform.security.SecretBox;
import io.lodestar.company.CompanyManagement;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.ItemProblem;
import io.lodestar.kpi.MeasurementFeeds;
import io.lodestar.kpi.MeasurementFeeds.KeyedMeasurement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.kpi.RecordedBatch;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * One run of a connector: claim it (so no other node runs it at the same time), read the company's database,
 * record the values through {@link Measurements} as the company's system actor, store the outcome, release the
 * claim and schedule the next run. Recording is idempotent per (connector, KPI, date): an unchanged value
 * changes nothing, a changed one is recorded as a correction of the connector's previous value (reason
 * "connector re-run"). Locked periods are never updated: such rows are skipped and reported.
 */
@Component
class ConnectorRunner {

	static final String CORRECTION_REASON = "connector re-run";

	private static final Logger log = LoggerFactory.getLogger(ConnectorRunner.class);

	private final ConnectorRepository connectors;

	private final ConnectorRuns runs;

	private final ExternalQuery external;

	private final SecretBox secrets;

	private final Measurements measurements;

	private final MeasurementFeeds feeds;

	private final PeopleDirectory people;

	private final PeriodCalendar calendar;

	private final CompanyManagement companies;

	private final IntegrationProperties properties;

	private final TransactionTemplate inTransaction;

	private final Clock clock;

	ConnectorRunner(ConnectorRepository connectors, ConnectorRuns runs, ExternalQuery external, SecretBox secrets,
			Measurements measurements, MeasurementFeeds feeds, PeopleDirectory people, PeriodCalendar calendar,
			CompanyManagement companies, IntegrationProperties properties, PlatformTransactionManager transactions,
			Clock clock) {
		this.connectors = connectors;
		this.runs = runs;
		this.external = external;
		this.secrets = secrets;
		this.measurements = measurements;
		this.feeds = feeds;
		this.people = people;
		this.calendar = calendar;
		this.companies = companies;
		this.properties = properties;
		this.inTransaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Runs the connector unless it is running already (on this or another node): then empty. */
	Optional<RunView> run(UUID tenant, UUID connectorId, RunTrigger trigger, Instant now) {
		if (!runs.claim(tenant, connectorId, now)) {
			return Optional.empty();
		}
		UUID runId = null;
		RunOutcome outcome = null;
		try {
			Connector connector = connectors.findByTenantIdAndId(tenant, connectorId).orElseThrow();
			runId = runs.start(tenant, connectorId, trigger, clock.instant());
			outcome = execute(connector, runId);
		}
		catch (RuntimeException unexpected) {
			log.warn("Connector {} run {} failed unexpectedly", connectorId, runId, unexpected);
			outcome = RunOutcome.failed(0, "integration.run.error.unexpected", Redaction.detail(
					unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(), null));
		}
		finally {
			if (runId != null) {
				runs.finish(tenant, runId, outcome == null
						? RunOutcome.failed(0, "integration.run.error.unexpected", null) : outcome, clock.instant());
			}
			Instant after = now.isAfter(clock.instant()) ? now : clock.instant();
			runs.release(tenant, connectorId, connectors.findByTenantIdAndId(tenant, connectorId)
				.map(connector -> connector.nextRunAfter(after, companies.zoneOf(tenant)))
				.orElse(null));
		}
		if (runId == null) {
			return Optional.empty();
		}
		RunView view = runs.get(tenant, runId);
		log.info("Connector {} run {}: {} (recorded {}, unchanged {}, skipped {})", connectorId, runId, view.status(),
				view.recorded(), view.unchanged(), view.skipped());
		return Optional.of(view);
	}

	/** The query's first rows, without recording anything ("test connection"). */
	ExternalQuery.Result preview(Connector connector, int rows) throws ExternalQuery.Failure {
		String password = password(connector);
		try {
			return external.fetch(connector.jdbcUrl(), connector.username(), password, QueryText.check(connector.query()),
					rows, true);
		}
		catch (ExternalQuery.Failure failure) {
			throw new ExternalQuery.Failure(failure.code(), Redaction.detail(failure.getMessage(), password));
		}
	}

	private RunOutcome execute(Connector connector, UUID runId) {
		String password;
		try {
			password = password(connector);
		}
		catch (ExternalQuery.Failure unreadable) {
			return RunOutcome.failed(0, unreadable.code(), null);
		}
		ExternalQuery.Result result;
		try {
			result = external.fetch(connector.jdbcUrl(), connector.username(), password,
					QueryText.check(connector.query()), properties.maxRows(), false);
		}
		catch (ExternalQuery.Failure failure) {
			return RunOutcome.failed(0, failure.code(), Redaction.detail(failure.getMessage(), password));
		}
		catch (BusinessRuleException refused) {
			return RunOutcome.failed(0, refused.code(), null);
		}
		UUID tenant = connector.tenantId();
		LocalDate measuredOn = connector.valuePeriod().measuredOn(calendar.today(tenant), connector.fixedMonth());
		int read = result.rows().size();
		ResultRows.Mapped mapped;
		if (connector.mode() == ConnectorMode.SINGLE_VALUE) {
			if (result.rows().isEmpty()) {
				return RunOutcome.failed(0, "integration.run.error.no-rows", null);
			}
			Object raw = result.rows().get(0)[0];
			if (ResultRows.number(raw) == null) {
				return RunOutcome.failed(read, "integration.run.error.value", ResultRows.quote(raw));
			}
			mapped = new ResultRows.Mapped(List.of(new ResultRows.Item(1, null, connector.kpiId(), measuredOn,
					ResultRows.number(raw))), List.of());
		}
		else {
			if (result.columns().size() < 2) {
				return RunOutcome.failed(read, "integration.run.error.columns", String.valueOf(result.columns().size()));
			}
			mapped = ResultRows.rows(result, kpisByEmployeeNo(connector), measuredOn);
		}
		return SystemActor.runAs(tenant, () -> inTransaction.execute(status -> record(connector, runId, read, mapped)));
	}

	private Map<String, List<UUID>> kpisByEmployeeNo(Connector connector) {
		UUID tenant = connector.tenantId();
		List<MeasurementFeeds.PersonalKpi> kpis = feeds.fromDefinition(tenant, connector.definitionId(),
				connector.kpiPeriodId());
		Map<UUID, String> numbers = people.employeeNumbers(tenant,
				kpis.stream().map(MeasurementFeeds.PersonalKpi::employeeId).distinct().toList());
		Map<String, List<UUID>> byNumber = new HashMap<>();
		for (MeasurementFeeds.PersonalKpi kpi : kpis) {
			String number = numbers.get(kpi.employeeId());
			if (number != null) {
				byNumber.computeIfAbsent(number, key -> new ArrayList<>()).add(kpi.kpiId());
			}
		}
		return byNumber;
	}

	private RunOutcome record(Connector connector, UUID runId, int read, ResultRows.Mapped mapped) {
		UUID tenant = connector.tenantId();
		CurrentUser system = SystemActor.in(tenant);
		String prefix = "connector:" + connector.id() + ":";
		String sourceRef = Redaction.cut("connector:" + connector.name() + ":" + runId, 300);
		Set<UUID> kpiIds = new HashSet<>();
		mapped.items().forEach(item -> kpiIds.add(item.kpiId()));
		Map<String, KeyedMeasurement> latest = new HashMap<>();
		for (KeyedMeasurement previous : kpiIds.isEmpty() ? List.<KeyedMeasurement>of()
				: feeds.keyed(tenant, prefix, kpiIds)) {
			String base = previous.key().split("#", 2)[0];
			latest.merge(base, previous, (a, b) -> a.recordedAt().isAfter(b.recordedAt()) ? a : b);
		}
		List<RunProblem> problems = new ArrayList<>(mapped.problems());
		List<ResultRows.Item> fresh = new ArrayList<>();
		List<ResultRows.Item> changed = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int unchanged = 0;
		for (ResultRows.Item item : mapped.items()) {
			String base = prefix + item.kpiId() + ":" + item.measuredOn();
			KeyedMeasurement before = latest.get(base);
			if (!seen.add(base)) {
				problems.add(problem(item, "integration.run.problem.duplicate", List.of()));
			}
			else if (before == null) {
				fresh.add(item);
			}
			else if (before.value().compareTo(item.value()) == 0) {
				unchanged++;
			}
			else {
				changed.add(item);
			}
		}
		int recorded = 0;
		if (!fresh.isEmpty()) {
			RecordedBatch batch = measurements.record(system, MeasurementSource.CONNECTOR, fresh.stream()
				.map(item -> new NewMeasurement(item.kpiId(), item.value(), item.measuredOn(), sourceRef,
						prefix + item.kpiId() + ":" + item.measuredOn(), null, false))
				.toList(), true);
			recorded += batch.recorded().size();
			unchanged += batch.duplicates();
			batch.refused().forEach(refused -> problems.add(problem(fresh.get(refused.index()), refused)));
		}
		for (ResultRows.Item item : changed) {
			String base = prefix + item.kpiId() + ":" + item.measuredOn();
			KeyedMeasurement previous = latest.get(base);
			KeyedMeasurement current = previous.superseded() ? feeds.effective(tenant, previous.id()).orElse(null)
					: previous;
			if (current == null) {
				problems.add(problem(item, "integration.run.problem.previous-missing", List.of()));
				continue;
			}
			if (current.value().compareTo(item.value()) == 0) {
				unchanged++;
				continue;
			}
			RecordedBatch correction = measurements.correctFrom(system, MeasurementSource.CONNECTOR, current.id(),
					new NewMeasurement(item.kpiId(), item.value(), item.measuredOn(), sourceRef, base + "#" + runId,
							CORRECTION_REASON, false));
			recorded += correction.recorded().size();
			correction.refused().forEach(refused -> problems.add(problem(item, refused)));
		}
		return RunOutcome.of(read, recorded, unchanged, problems);
	}

	private static RunProblem problem(ResultRows.Item item, ItemProblem refused) {
		return problem(item, refused.code(), refused.arguments().stream().map(String::valueOf).toList());
	}

	private static RunProblem problem(ResultRows.Item item, String code, List<String> arguments) {
		return new RunProblem(item.row(), item.employeeNo(), item.measuredOn().toString(), code, arguments);
	}

	private String password(Connector connector) throws ExternalQuery.Failure {
		if (connector.passwordSecret() == null) {
			return null;
		}
		try {
			return secrets.open(connector.passwordSecret(), connector.secretContext());
		}
		catch (SecretBox.SecretUnreadableException unreadable) {
			throw new ExternalQuery.Failure("integration.run.error.secret", null);
		}
	}

}
