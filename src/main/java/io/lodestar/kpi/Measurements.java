package io.lodestar.kpi;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalRef;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.scoring.Direction;

/**
 * Records KPI actuals from every source (forms, team grids, the push API, imports, connectors). Each actual
 * is immutable; a correction is a new record that names the one it replaces. A batch is checked item by
 * item first and, unless partial acceptance is asked for, stored only if every item is good. Re-sent items
 * with a known idempotency key change nothing. Actuals in a locked period need an HR override with a reason.
 * Recording is audited by the measurement rows themselves (who, when, source); overrides and corrections
 * also get an audit-trail entry. A batch of up to {@code lodestar.kpi.results.inline-limit} actuals has its
 * results computed before it returns; a larger one leaves them to {@link KpiResultQueue}.
 */
@Service
@Transactional
public class Measurements {

	/** Values beyond this are typing errors, and would not fit numeric(20, 6). */
	static final BigDecimal LIMIT = new BigDecimal("100000000000000");

	private final JdbcClient jdbc;

	private final MeasurementStore store;

	private final KpiConfigs kpis;

	private final GoalDirectory goals;

	private final GoalAccess access;

	private final PeriodCalendar calendar;

	private final KpiResults results;

	private final KpiResultQueue queue;

	private final KpiResultProperties resultProperties;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Measurements(JdbcClient jdbc, MeasurementStore store, KpiConfigs kpis, GoalDirectory goals, GoalAccess access,
			PeriodCalendar calendar, KpiResults results, KpiResultQueue queue, KpiResultProperties resultProperties,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.store = store;
		this.kpis = kpis;
		this.goals = goals;
		this.access = access;
		this.calendar = calendar;
		this.results = results;
		this.queue = queue;
		this.resultProperties = resultProperties;
		this.audit = audit;
		this.clock = clock;
	}

	public RecordedBatch record(CurrentUser user, MeasurementSource source, List<NewMeasurement> items,
			boolean partial) {
		return record(user, source, items, partial, null);
	}

	/**
	 * Brings the results of the company's large batches up to date now instead of within seconds (they are
	 * otherwise computed in the background): for a caller that reads scores right after recording, like the demo.
	 */
	public void completeResults(UUID tenant) {
		queue.completeNow(tenant);
	}

	/**
	 * Checks a batch exactly as {@link #record} would, storing nothing: what would be stored, what is already
	 * recorded under its idempotency key, and every problem (used by imports to validate before confirming).
	 */
	@Transactional(readOnly = true)
	public BatchCheck check(CurrentUser user, List<NewMeasurement> items) {
		Checked checked = validate(user, items);
		Set<Integer> refused = new HashSet<>();
		checked.problems().forEach(problem -> refused.add(problem.index()));
		int accepted = (int) checked.accepted().stream().filter(candidate -> !refused.contains(candidate.index())).count();
		return new BatchCheck(accepted, checked.duplicates(), checked.problems());
	}

	private RecordedBatch record(CurrentUser user, MeasurementSource source, List<NewMeasurement> items,
			boolean partial, UUID corrects) {
		UUID tenant = user.tenant();
		Checked checked = validate(user, items);
		List<ItemProblem> problems = checked.problems();
		List<Candidate> accepted = checked.accepted();
		int duplicates = checked.duplicates();
		if (!problems.isEmpty() && !partial) {
			throw new BatchRejectedException(problems);
		}
		Set<Integer> refused = new HashSet<>();
		problems.forEach(problem -> refused.add(problem.index()));
		List<Candidate> toStore = accepted.stream().filter(candidate -> !refused.contains(candidate.index())).toList();
		List<UUID> ids = store(tenant, user, source, toStore, corrects);
		Map<UUID, Set<LocalDate>> touched = new HashMap<>();
		toStore.forEach(candidate -> touched.computeIfAbsent(candidate.item().kpiId(), id -> new HashSet<>())
			.add(candidate.item().measuredOn()));
		boolean deferred = toStore.size() > resultProperties.inlineLimit();
		if (deferred) {
			queue.enqueue(tenant, touched);
		}
		else {
			results.recompute(tenant, touched);
		}
		return new RecordedBatch(ids, duplicates, problems, deferred);
	}

	/** Item by item: the good items (not yet stored), re-sent duplicates, and every problem. */
	private Checked validate(CurrentUser user, List<NewMeasurement> items) {
		UUID tenant = user.tenant();
		GoalAccess.Scope scope = access.scopeOf(user);
		Set<UUID> kpiIds = new HashSet<>();
		items.stream().map(NewMeasurement::kpiId).filter(Objects::nonNull).forEach(kpiIds::add);
		Map<UUID, GoalRef> refs = goals.refs(tenant, kpiIds);
		Map<UUID, KpiConfig> configs = kpis.of(tenant, kpiIds);
		Map<String, MeasurementStore.Existing> existing = existingKeys(tenant, items);
		LocalDate today = calendar.today(tenant);
		PeriodCalendar.Lookup periods = calendar.lookup(tenant);

		List<ItemProblem> problems = new ArrayList<>();
		List<Candidate> accepted = new ArrayList<>();
		Map<String, Candidate> keysInBatch = new HashMap<>();
		int duplicates = 0;
		for (int index = 0; index < items.size(); index++) {
			NewMeasurement item = items.get(index);
			List<ItemProblem> found = new ArrayList<>();
			GoalRef goal = item.kpiId() == null ? null : refs.get(item.kpiId());
			KpiConfig config = item.kpiId() == null ? null : configs.get(item.kpiId());
			if (goal == null || config == null || goal.kind() != GoalKind.KPI
					|| !scope.canRead(goal.ownerType(), goal.ownerId(), goal.visibility())) {
				found.add(problem(index, "kpiId", item.kpiId() == null ? "kpi.measurement.kpi.required"
						: "kpi.measurement.kpi.unknown"));
			}
			else if (goal.status() == GoalStatus.ARCHIVED) {
				found.add(problem(index, "kpiId", "kpi.measurement.kpi.archived", goal.title()));
			}
			else if (!scope.canRecord(goal.ownerType(), goal.ownerId(), config.selfReported())) {
				found.add(problem(index, "kpiId", "kpi.measurement.not-allowed", goal.title()));
			}
			checkValue(index, item.value(), config, found);
			Period measurementPeriod = null;
			if (item.measuredOn() == null) {
				found.add(problem(index, "measuredOn", "kpi.measurement.date.required"));
			}
			else if (item.measuredOn().isAfter(today)) {
				found.add(problem(index, "measuredOn", "kpi.measurement.date.future"));
			}
			else if (goal != null && config != null) {
				Period own = periods.get(goal.periodId());
				if (!own.contains(item.measuredOn())) {
					found.add(problem(index, "measuredOn", "kpi.measurement.date.outside-period",
							own.startsOn().toString(), own.endsOn().toString()));
				}
				else {
					measurementPeriod = periods.containing(item.measuredOn(), config.frequency());
				}
			}
			checkText(index, item, found);
			if (found.isEmpty()) {
				Candidate candidate = new Candidate(index, item, measurementPeriod);
				String key = item.idempotencyKey();
				if (key != null && existing.containsKey(key)) {
					if (sameAs(existing.get(key), item)) {
						duplicates++;
						continue;
					}
					found.add(problem(index, "idempotencyKey", "kpi.measurement.key.reused", key));
				}
				else if (key != null && keysInBatch.containsKey(key)) {
					if (keysInBatch.get(key).item().value().compareTo(item.value()) == 0
							&& keysInBatch.get(key).item().kpiId().equals(item.kpiId())) {
						duplicates++;
						continue;
					}
					found.add(problem(index, "idempotencyKey", "kpi.measurement.key.reused", key));
				}
				else {
					if (key != null) {
						keysInBatch.put(key, candidate);
					}
					accepted.add(candidate);
				}
			}
			problems.addAll(found);
		}
		checkLocks(tenant, user, periods, accepted, problems);
		return new Checked(problems, accepted, duplicates);
	}

	private record Checked(List<ItemProblem> problems, List<Candidate> accepted, int duplicates) {
	}

	/** Replaces a measurement's value with a new record that names it; the reason is required. */
	public UUID correct(CurrentUser user, UUID measurementId, BigDecimal value, String reason, boolean lockOverride) {
		UUID tenant = user.tenant();
		MeasurementView original = jdbc.sql(MeasurementQueries.SELECT + " where m.tenant_id = :tenant and m.id = :id")
			.param("tenant", tenant)
			.param("id", measurementId)
			.query(MeasurementQueries::view)
			.optional()
			.orElseThrow(() -> new io.lodestar.platform.web.NotFoundException("measurement", measurementId));
		if (original.superseded()) {
			throw io.lodestar.platform.web.BusinessRuleException.conflict("kpi.measurement.already-corrected", null);
		}
		if (reason == null || reason.isBlank()) {
			throw io.lodestar.platform.web.BusinessRuleException.invalid("kpi.measurement.correction-reason.required",
					"reason");
		}
		NewMeasurement correction = new NewMeasurement(original.kpiId(), value, original.measuredOn(),
				original.sourceRef(), null, reason, lockOverride);
		RecordedBatch recorded = record(user, MeasurementSource.MANUAL, List.of(correction), false, measurementId);
		UUID id = recorded.recorded().get(0);
		audit.record("CORRECT", "measurement", id, java.util.Map.of("value", plain(original.value())),
				java.util.Map.of("value", plain(value), "reason", reason.strip(), "corrects", measurementId.toString()));
		return id;
	}

	/**
	 * A correction from an automated source (a connector re-run): like {@link #correct} but with the source,
	 * reference and idempotency key of the new item, and a refused item (e.g. a locked period) is returned in
	 * {@link RecordedBatch#refused()} instead of thrown. The measurement corrected must still count (not be
	 * superseded already) and belong to the item's KPI.
	 */
	public RecordedBatch correctFrom(CurrentUser user, MeasurementSource source, UUID measurementId,
			NewMeasurement correction) {
		MeasurementView original = jdbc.sql(MeasurementQueries.SELECT + " where m.tenant_id = :tenant and m.id = :id")
			.param("tenant", user.tenant())
			.param("id", measurementId)
			.query(MeasurementQueries::view)
			.optional()
			.orElseThrow(() -> new io.lodestar.platform.web.NotFoundException("measurement", measurementId));
		if (original.superseded() || !original.kpiId().equals(correction.kpiId())) {
			throw io.lodestar.platform.web.BusinessRuleException.conflict("kpi.measurement.already-corrected", null);
		}
		if (correction.reason() == null || correction.reason().isBlank()) {
			throw io.lodestar.platform.web.BusinessRuleException.invalid("kpi.measurement.correction-reason.required",
					"reason");
		}
		RecordedBatch recorded = record(user, source, List.of(correction), true, measurementId);
		recorded.recorded().forEach(id -> audit.record("CORRECT", "measurement", id,
				java.util.Map.of("value", plain(original.value())), java.util.Map.of("value", plain(correction.value()),
						"reason", correction.reason().strip(), "corrects", measurementId.toString())));
		return recorded;
	}

	private List<UUID> store(UUID tenant, CurrentUser user, MeasurementSource source, List<Candidate> candidates,
			UUID corrects) {
		List<MeasurementStore.Row> rows = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			NewMeasurement item = candidate.item();
			UUID id = UUID.randomUUID();
			rows.add(new MeasurementStore.Row(id, item.kpiId(), candidate.period().id(), item.measuredOn(), item.value(),
					blankToNull(item.sourceRef()), blankToNull(item.idempotencyKey()), corrects, blankToNull(item.reason()),
					item.lockOverride()));
			if (item.lockOverride()) {
				audit.record("LOCK_OVERRIDE", "measurement", id, null, java.util.Map.of("kpiId", item.kpiId().toString(),
						"value", plain(item.value()), "measuredOn", item.measuredOn().toString(), "reason", item.reason()));
			}
		}
		store.insert(tenant, source, user.userId(), user.email(), Timestamp.from(clock.instant()), rows);
		if (!rows.isEmpty()) {
			List<MeasurementsRecorded.Recorded> recorded = new ArrayList<>(rows.size());
			for (MeasurementStore.Row row : rows) {
				recorded.add(new MeasurementsRecorded.Recorded(row.id(), row.kpiId(), row.periodId(), row.measuredOn(),
						row.value(), source, row.sourceRef(), corrects));
			}
			events.publishEvent(new MeasurementsRecorded(tenant, recorded));
		}
		return rows.stream().map(MeasurementStore.Row::id).toList();
	}

	private void checkLocks(UUID tenant, CurrentUser user, PeriodCalendar.Lookup periods, List<Candidate> accepted,
			List<ItemProblem> problems) {
		Map<Integer, List<UUID>> periodsByItem = new HashMap<>();
		Set<UUID> all = new HashSet<>();
		for (Candidate candidate : accepted) {
			List<UUID> chain = periods.enclosing(candidate.period()).stream().map(Period::id).toList();
			periodsByItem.put(candidate.index(), chain);
			all.addAll(chain);
		}
		Set<UUID> locked = calendar.lockedAmong(tenant, all);
		if (locked.isEmpty()) {
			return;
		}
		for (Candidate candidate : accepted) {
			if (periodsByItem.get(candidate.index()).stream().noneMatch(locked::contains)) {
				continue;
			}
			NewMeasurement item = candidate.item();
			if (!item.lockOverride()) {
				problems.add(problem(candidate.index(), "measuredOn", "kpi.measurement.period-locked"));
			}
			else if (!user.has(Role.HR_ADMIN)) {
				problems.add(problem(candidate.index(), "lockOverride", "kpi.measurement.override-not-allowed"));
			}
			else if (item.reason() == null || item.reason().isBlank()) {
				problems.add(problem(candidate.index(), "reason", "kpi.measurement.override-reason.required"));
			}
		}
	}

	private static void checkValue(int index, BigDecimal value, KpiConfig config, List<ItemProblem> found) {
		if (value == null) {
			found.add(problem(index, "value", "kpi.measurement.value.required"));
		}
		else if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 6) {
			found.add(problem(index, "value", "kpi.measurement.value.range"));
		}
		else if (config != null && config.direction() == Direction.DONE && value.signum() != 0
				&& value.compareTo(BigDecimal.ONE) != 0) {
			found.add(problem(index, "value", "kpi.measurement.value.binary"));
		}
	}

	private static void checkText(int index, NewMeasurement item, List<ItemProblem> found) {
		if (item.sourceRef() != null && item.sourceRef().length() > 300) {
			found.add(problem(index, "sourceRef", "kpi.measurement.source-ref.size"));
		}
		if (item.idempotencyKey() != null && (item.idempotencyKey().isBlank() || item.idempotencyKey().length() > 200)) {
			found.add(problem(index, "idempotencyKey", "kpi.measurement.key.size"));
		}
		if (item.reason() != null && item.reason().length() > 500) {
			found.add(problem(index, "reason", "kpi.measurement.reason.size"));
		}
	}

	/** Whether a stored measurement is what this item re-sends (a harmless duplicate). */
	private static boolean sameAs(MeasurementStore.Existing existing, NewMeasurement item) {
		return existing.kpiId().equals(item.kpiId()) && existing.value().compareTo(item.value()) == 0
				&& existing.measuredOn().equals(item.measuredOn());
	}

	private Map<String, MeasurementStore.Existing> existingKeys(UUID tenant, List<NewMeasurement> items) {
		return store.existingKeys(tenant,
				items.stream().map(NewMeasurement::idempotencyKey).filter(Objects::nonNull).distinct().toList());
	}

	private record Candidate(int index, NewMeasurement item, Period period) {
	}

	private static ItemProblem problem(int index, String field, String code, Object... arguments) {
		return new ItemProblem(index, field, code, List.of(arguments));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

}
