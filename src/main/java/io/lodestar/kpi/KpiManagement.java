package io.lodestar.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.scoring.Scoring;

/**
 * KPIs as goals with a scoring configuration: create them for the company, units and people, change their
 * targets (results are recomputed), read them with their results, and explain any number.
 */
@Service
@Transactional
public class KpiManagement {

	private final GoalManagement goals;

	private final KpiRepository kpis;

	private final KpiResults results;

	private final MeasurementQueries measurements;

	private final PeriodCalendar calendar;

	private final GoalAccess access;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	KpiManagement(GoalManagement goals, KpiRepository kpis, KpiResults results, MeasurementQueries measurements,
			PeriodCalendar calendar, GoalAccess access, JdbcClient jdbc, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.goals = goals;
		this.kpis = kpis;
		this.results = results;
		this.measurements = measurements;
		this.calendar = calendar;
		this.access = access;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	public KpiDetail create(CurrentUser user, NewKpi request) {
		UUID tenant = user.tenant();
		Period period = calendar.get(tenant, request.periodId());
		check(request.config(), period);
		GoalView goal = goals.create(user, new NewGoal(GoalKind.KPI, request.title(), request.description(),
				request.ownerType(), request.ownerId(), request.periodId(), request.parentId(),
				request.contributionWeight(), null, null, null));
		Kpi kpi = kpis.save(Kpi.of(goal.id(), tenant, request.config()));
		audit.record("CREATE", "kpi", goal.id(), null, kpi.auditState());
		events.publishEvent(KpisChanged.everywhere(tenant, Set.of(goal.id())));
		return get(user, goal.id());
	}

	/** New targets or scoring: every result of the KPI is recomputed with them. */
	public KpiDetail configure(CurrentUser user, UUID goalId, KpiConfig config, Long expectedVersion) {
		UUID tenant = user.tenant();
		GoalView goal = goals.requireManageable(user, goalId);
		Kpi kpi = kpis.findByTenantIdAndGoalId(tenant, goalId).orElseThrow(() -> new NotFoundException("kpi", goalId));
		if (expectedVersion != null && !expectedVersion.equals(kpi.version())) {
			throw new OptimisticLockingFailureException("kpi changed");
		}
		check(config, goal.period());
		var before = kpi.auditState();
		kpi.configure(config);
		kpi = kpis.save(kpi);
		audit.record("UPDATE", "kpi", goalId, before, kpi.auditState());
		results.recompute(tenant, Map.of(goalId, measuredDates(tenant, goalId)));
		// the weight counts in every period, with data or not
		events.publishEvent(KpisChanged.everywhere(tenant, Set.of(goalId)));
		return get(user, goalId);
	}

	@Transactional(readOnly = true)
	public KpiDetail get(CurrentUser user, UUID goalId) {
		UUID tenant = user.tenant();
		GoalView goal = goals.get(user, goalId);
		Kpi kpi = kpis.findByTenantIdAndGoalId(tenant, goalId).orElseThrow(() -> new NotFoundException("kpi", goalId));
		return detail(tenant, goal, kpi.config(), access.scopeOf(user));
	}

	/** The version of the KPI's configuration, for optimistic locking in forms; the caller must be able to read it. */
	@Transactional(readOnly = true)
	public Long version(CurrentUser user, UUID goalId) {
		goals.get(user, goalId);
		return kpis.findByTenantIdAndGoalId(user.tenant(), goalId)
			.map(Kpi::version)
			.orElseThrow(() -> new NotFoundException("kpi", goalId));
	}

	/** The KPIs of the goals given (already filtered by the caller's access), with their results. */
	@Transactional(readOnly = true)
	public List<KpiDetail> details(CurrentUser user, List<GoalView> goalViews) {
		UUID tenant = user.tenant();
		GoalAccess.Scope scope = access.scopeOf(user);
		Map<UUID, KpiConfig> configs = new HashMap<>();
		kpis.findByTenantIdAndGoalIdIn(tenant, goalViews.stream().map(GoalView::id).toList())
			.forEach(kpi -> configs.put(kpi.goalId(), kpi.config()));
		List<KpiDetail> details = new ArrayList<>();
		for (GoalView goal : goalViews) {
			if (configs.containsKey(goal.id())) {
				details.add(detail(tenant, goal, configs.get(goal.id()), scope));
			}
		}
		return details;
	}

	/** The formula, inputs and measurements behind a KPI's result in a period. */
	@Transactional(readOnly = true)
	public Explained explain(CurrentUser user, UUID goalId, UUID periodId) {
		return explain(user, get(user, goalId), periodId);
	}

	/** As {@link #explain(CurrentUser, UUID, UUID)}, for a KPI the caller has just read with {@link #get}. */
	@Transactional(readOnly = true)
	public Explained explain(CurrentUser user, KpiDetail kpi, UUID periodId) {
		UUID tenant = user.tenant();
		UUID goalId = kpi.goal().id();
		Period period = periodId == null ? kpi.goal().period() : calendar.get(tenant, periodId);
		if (!kpi.goal().period().contains(period)) {
			throw new NotFoundException("period", periodId);
		}
		List<MeasurementView> all = measurements.of(tenant, goalId, period.startsOn(), period.endsOn());
		List<KpiResults.Actual> actuals = all.stream()
			.filter(measurement -> !measurement.superseded())
			.map(measurement -> new KpiResults.Actual(goalId, measurement.measuredOn(),
					java.sql.Timestamp.from(measurement.recordedAt()), measurement.value()))
			.toList();
		KpiResults.PeriodResult result = KpiResults.compute(kpi.config(), period, actuals,
				date -> calendar.containing(tenant, date, kpi.config().frequency()).id());
		int periodsWithData = (int) actuals.stream()
			.map(actual -> calendar.containing(tenant, actual.measuredOn(), kpi.config().frequency()).id())
			.distinct()
			.count();
		return new Explained(kpi, new KpiPeriodResult(period, result.actual(), result.target(),
				result.completion() == null ? null : result.completion().value(),
				result.completion() == null ? null : result.completion().raw(), result.count()),
				kpi.config().ruleFor(periodsWithData), result.completion() == null ? null : result.completion().explanation(),
				all);
	}

	@Transactional(readOnly = true)
	public List<MeasurementView> measurements(CurrentUser user, UUID goalId) {
		KpiDetail kpi = get(user, goalId);
		return measurements.of(user.tenant(), goalId, kpi.goal().period().startsOn(), kpi.goal().period().endsOn());
	}

	/** One measurement, if the user may read its KPI (otherwise, like another company's, not found). */
	@Transactional(readOnly = true)
	public MeasurementView measurement(CurrentUser user, UUID measurementId) {
		MeasurementView found = measurements.one(user.tenant(), measurementId)
			.orElseThrow(() -> new NotFoundException("measurement", measurementId));
		readableOr404(user, found.kpiId(), measurementId);
		return found;
	}

	/** The measurement stored under a client's idempotency key, if any and if the user may read its KPI. */
	@Transactional(readOnly = true)
	public java.util.Optional<MeasurementView> measurementByKey(CurrentUser user, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return java.util.Optional.empty();
		}
		return measurements.byKey(user.tenant(), idempotencyKey.strip()).filter(found -> {
			try {
				goals.get(user, found.kpiId());
				return true;
			}
			catch (NotFoundException hidden) {
				return false;
			}
		});
	}

	/**
	 * The version of each KPI's scoring configuration, to send back with {@link #configure}. Versions only:
	 * callers pass ids of KPIs they already read.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Long> configVersions(UUID tenant, java.util.Collection<UUID> goalIds) {
		Map<UUID, Long> versions = new HashMap<>();
		if (!goalIds.isEmpty()) {
			kpis.findByTenantIdAndGoalIdIn(tenant, goalIds).forEach(kpi -> versions.put(kpi.goalId(), kpi.version()));
		}
		return versions;
	}

	private void readableOr404(CurrentUser user, UUID goalId, UUID measurementId) {
		try {
			goals.get(user, goalId);
		}
		catch (NotFoundException hidden) {
			throw new NotFoundException("measurement", measurementId);
		}
	}

	private KpiDetail detail(UUID tenant, GoalView goal, KpiConfig config, GoalAccess.Scope scope) {
		Map<UUID, KpiPeriodResult> stored = new HashMap<>();
		jdbc.sql("""
				select period_id, actual, target, completion, raw_completion, measurement_count from kpi_result
				where tenant_id = :tenant and kpi_id = :kpi
				""").param("tenant", tenant).param("kpi", goal.id()).query(rs -> {
			UUID periodId = rs.getObject(1, UUID.class);
			stored.put(periodId, new KpiPeriodResult(calendar.get(tenant, periodId), rs.getBigDecimal(2),
					rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getInt(6)));
		});
		Period own = goal.period();
		KpiPeriodResult overall = stored.getOrDefault(own.id(), empty(own, config));
		List<KpiPeriodResult> byPeriod = new ArrayList<>();
		if (config.frequency().isLongerThan(own.kind()) || config.frequency() == own.kind()) {
			// measured once per goal period: the overall result is the only one
		}
		else {
			for (Period period : calendar.within(tenant, own, config.frequency())) {
				byPeriod.add(stored.getOrDefault(period.id(), empty(period, config)));
			}
		}
		byPeriod.sort(Comparator.comparing(result -> result.period().startsOn()));
		return new KpiDetail(goal, config, overall, byPeriod,
				scope.canRecord(goal.ownerType(), goal.ownerId(), config.selfReported()));
	}

	private static KpiPeriodResult empty(Period period, KpiConfig config) {
		return new KpiPeriodResult(period, null, config.target(), null, null, 0);
	}

	/** A rule that makes sense, measured no less often than the goal's own period. */
	static void check(KpiConfig config, Period period) {
		Scoring.validate(config.rule());
		if (config.frequency().isLongerThan(period.kind())) {
			throw BusinessRuleException.invalid("kpi.frequency.longer-than-period", "frequency");
		}
		if (config.cap() != null && config.cap().signum() < 0) {
			throw BusinessRuleException.invalid("kpi.cap.negative", "cap");
		}
	}

	private Set<java.time.LocalDate> measuredDates(UUID tenant, UUID goalId) {
		return new HashSet<>(jdbc.sql("select distinct measured_on from kpi_measurement where tenant_id = :tenant "
				+ "and kpi_id = :kpi").param("tenant", tenant).param("kpi", goalId)
			.query((rs, n) -> rs.getDate(1).toLocalDate())
			.list());
	}

}
