package io.lodestar.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalRef;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.MeasurementFeeds;
import io.lodestar.kpi.MeasurementFeeds.KeyedMeasurement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.kpi.RecordedBatch;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * KPIs whose actuals come from attendance: one value per month for the KPI's owner (an employee, or everyone in
 * an org unit and below it, or the company), recorded through {@link Measurements} as the company's system actor
 * with source ATTENDANCE, on the month's last day (today for the running month). Idempotent per (KPI, month): an
 * unchanged value changes nothing, a changed one is a correction of the value that counts now, with a reason.
 * Locked periods are never written: such months are skipped and logged.
 */
@Service
@Transactional
public class AttendanceKpiFeed {

	static final String KEY_PREFIX = "attendance:";

	static final String CORRECTION_REASON = "attendance recomputed";

	private static final Logger log = LoggerFactory.getLogger(AttendanceKpiFeed.class);

	private final JdbcClient jdbc;

	private final GoalDirectory goals;

	private final PeriodCalendar periods;

	private final Measurements measurements;

	private final MeasurementFeeds feeds;

	private final PeopleDirectory people;

	private final MonthTotals totals;

	private final AuditTrail audit;

	private final Clock clock;

	AttendanceKpiFeed(JdbcClient jdbc, GoalDirectory goals, PeriodCalendar periods, Measurements measurements,
			MeasurementFeeds feeds, PeopleDirectory people, MonthTotals totals, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.goals = goals;
		this.periods = periods;
		this.measurements = measurements;
		this.feeds = feeds;
		this.people = people;
		this.totals = totals;
		this.audit = audit;
		this.clock = clock;
	}

	private record Binding(UUID kpiId, AttendanceMeasure measure) {
	}

	@Transactional(readOnly = true)
	public List<KpiBindingView> bindings(CurrentUser user) {
		UUID tenant = user.tenant();
		List<Binding> bindings = bindings(tenant);
		Map<UUID, GoalRef> refs = goals.refs(tenant, bindings.stream().map(Binding::kpiId).toList());
		Map<UUID, String> employees = people.employeeNames(tenant, refs.values().stream()
			.filter(ref -> ref.ownerType() == OwnerType.EMPLOYEE).map(GoalRef::ownerId).toList());
		Map<UUID, String> units = people.unitNames(tenant, refs.values().stream()
			.filter(ref -> ref.ownerType() == OwnerType.ORG_UNIT).map(GoalRef::ownerId).toList());
		List<KpiBindingView> views = new ArrayList<>();
		for (Binding binding : bindings) {
			GoalRef ref = refs.get(binding.kpiId());
			if (ref != null) {
				String owner = ref.ownerType() == OwnerType.EMPLOYEE ? employees.get(ref.ownerId())
						: ref.ownerType() == OwnerType.ORG_UNIT ? units.get(ref.ownerId()) : null;
				views.add(new KpiBindingView(ref.id(), ref.title(), ref.ownerType().name(), ref.ownerId(), owner,
						binding.measure()));
			}
		}
		return views;
	}

	/** KPIs of the current fiscal year HR can bind (not archived). */
	@Transactional(readOnly = true)
	public List<GoalRef> bindable(CurrentUser user) {
		UUID tenant = user.tenant();
		int year = periods.fiscalYearOf(tenant, periods.today(tenant));
		List<UUID> ids = new ArrayList<>();
		periods.year(tenant, year).forEach(period -> ids.add(period.id()));
		return goals.ofKindIn(tenant, GoalKind.KPI, ids).stream()
			.sorted(java.util.Comparator.comparing(GoalRef::title))
			.toList();
	}

	/** Binds (or re-binds) the KPI and records its months so far at once. */
	public KpiBindingView bind(CurrentUser user, UUID kpiId, AttendanceMeasure measure) {
		UUID tenant = user.tenant();
		GoalRef ref = kpiId == null ? null : goals.refs(tenant, List.of(kpiId)).get(kpiId);
		if (ref == null || ref.kind() != GoalKind.KPI) {
			throw new NotFoundException("kpi", kpiId);
		}
		if (measure == null) {
			throw BusinessRuleException.invalid("attendance.kpi.measure.required", "measure");
		}
		jdbc.sql("delete from attendance_kpi_binding where tenant_id = :tenant and kpi_id = :kpi")
			.param("tenant", tenant)
			.param("kpi", kpiId)
			.update();
		jdbc.sql("insert into attendance_kpi_binding (tenant_id, kpi_id, measure, created_at) values (:tenant, :kpi, "
				+ ":measure, :now)")
			.param("tenant", tenant)
			.param("kpi", kpiId)
			.param("measure", measure.name())
			.param("now", UploadIngestion.utc(clock.instant()))
			.update();
		audit.record("attendance.kpi.bound", "kpi", kpiId, null, Map.of("measure", measure.name()));
		feed(tenant, new Binding(kpiId, measure), ref, monthsOf(tenant, ref));
		return bindings(user).stream().filter(view -> view.kpiId().equals(kpiId)).findFirst().orElseThrow();
	}

	public void unbind(CurrentUser user, UUID kpiId) {
		int removed = jdbc.sql("delete from attendance_kpi_binding where tenant_id = :tenant and kpi_id = :kpi")
			.param("tenant", user.tenant())
			.param("kpi", kpiId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("attendance-kpi-binding", kpiId);
		}
		audit.record("attendance.kpi.unbound", "kpi", kpiId, null, null);
	}

	/** After results of these employees changed in these months: the KPIs of them and of their units. */
	int refresh(UUID tenant, Collection<UUID> employees, Collection<YearMonth> months) {
		List<Binding> bindings = bindings(tenant);
		if (bindings.isEmpty() || employees.isEmpty()) {
			return 0;
		}
		Set<UUID> owners = new HashSet<>(employees);
		employees.forEach(id -> people.employee(tenant, id)
			.ifPresent(employee -> owners.addAll(people.unitAncestry(tenant, employee.orgUnitId()))));
		Map<UUID, GoalRef> refs = goals.refs(tenant, bindings.stream().map(Binding::kpiId).toList());
		int recorded = 0;
		for (Binding binding : bindings) {
			GoalRef ref = refs.get(binding.kpiId());
			if (ref != null && (ref.ownerType() == OwnerType.COMPANY || owners.contains(ref.ownerId()))) {
				recorded += feed(tenant, binding, ref, months);
			}
		}
		return recorded;
	}

	/** Every bound KPI of the company for the months (the daily job). */
	int refreshAll(UUID tenant, Collection<YearMonth> months) {
		List<Binding> bindings = bindings(tenant);
		Map<UUID, GoalRef> refs = goals.refs(tenant, bindings.stream().map(Binding::kpiId).toList());
		int recorded = 0;
		for (Binding binding : bindings) {
			if (refs.containsKey(binding.kpiId())) {
				recorded += feed(tenant, binding, refs.get(binding.kpiId()), months);
			}
		}
		return recorded;
	}

	private List<Binding> bindings(UUID tenant) {
		return jdbc.sql("select kpi_id, measure from attendance_kpi_binding where tenant_id = :tenant")
			.param("tenant", tenant)
			.query((rs, row) -> new Binding(rs.getObject(1, UUID.class), AttendanceMeasure.valueOf(rs.getString(2))))
			.list();
	}

	private List<YearMonth> monthsOf(UUID tenant, GoalRef ref) {
		Period period = periods.get(tenant, ref.periodId());
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(period.startsOn()); !month.isAfter(YearMonth.from(period.endsOn()));
				month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	private List<UUID> employeesOf(UUID tenant, GoalRef ref) {
		return switch (ref.ownerType()) {
			case EMPLOYEE -> List.of(ref.ownerId());
			case ORG_UNIT -> totals.employeesIn(tenant, people.unitAndDescendants(tenant, ref.ownerId()));
			case COMPANY -> totals.everyone(tenant);
		};
	}

	/** Records the binding's value of each month in the KPI's period, up to today. */
	private int feed(UUID tenant, Binding binding, GoalRef ref, Collection<YearMonth> months) {
		if (ref.status() == io.lodestar.goals.GoalStatus.ARCHIVED) {
			return 0;
		}
		Period period = periods.get(tenant, ref.periodId());
		LocalDate today = periods.today(tenant);
		List<UUID> employees = employeesOf(tenant, ref);
		Map<YearMonth, BigDecimal> values = new HashMap<>();
		Map<YearMonth, LocalDate> dates = new HashMap<>();
		for (YearMonth month : new java.util.TreeSet<>(months)) {
			LocalDate on = month.atEndOfMonth();
			on = on.isAfter(today) ? today : on;
			on = on.isAfter(period.endsOn()) ? period.endsOn() : on;
			if (on.isBefore(month.atDay(1)) || !period.contains(on)) {
				continue;
			}
			MonthSummary sum = totals.byEmployee(tenant, employees, month).values().stream()
				.reduce(MonthSummary.empty(null, null), MonthSummary::plus);
			BigDecimal value = sum.computedDays() == 0 ? null : binding.measure().of(sum);
			if (value != null) {
				values.put(month, value);
				dates.put(month, on);
			}
		}
		if (values.isEmpty()) {
			return 0;
		}
		return SystemActor.runAs(tenant, () -> record(tenant, binding.kpiId(), values, dates));
	}

	private int record(UUID tenant, UUID kpiId, Map<YearMonth, BigDecimal> values, Map<YearMonth, LocalDate> dates) {
		CurrentUser system = SystemActor.in(tenant);
		Map<String, KeyedMeasurement> latest = new HashMap<>();
		for (KeyedMeasurement previous : feeds.keyed(tenant, KEY_PREFIX + kpiId + ":", List.of(kpiId))) {
			String base = previous.key().split("#", 2)[0];
			latest.merge(base, previous, (a, b) -> a.recordedAt().isAfter(b.recordedAt()) ? a : b);
		}
		List<NewMeasurement> fresh = new ArrayList<>();
		int recorded = 0;
		for (Map.Entry<YearMonth, BigDecimal> entry : values.entrySet()) {
			String base = KEY_PREFIX + kpiId + ":" + entry.getKey();
			String sourceRef = "attendance:" + entry.getKey();
			KeyedMeasurement before = latest.get(base);
			if (before == null) {
				fresh.add(new NewMeasurement(kpiId, entry.getValue(), dates.get(entry.getKey()), sourceRef, base, null,
						false));
				continue;
			}
			KeyedMeasurement current = before.superseded() ? feeds.effective(tenant, before.id()).orElse(null) : before;
			if (current == null || current.value().compareTo(entry.getValue()) == 0) {
				continue;
			}
			RecordedBatch correction = measurements.correctFrom(system, MeasurementSource.ATTENDANCE, current.id(),
					new NewMeasurement(kpiId, entry.getValue(), dates.get(entry.getKey()), sourceRef,
							base + "#" + clock.instant().toEpochMilli(), CORRECTION_REASON, false));
			recorded += correction.recorded().size();
			correction.refused().forEach(refused -> log.info("Attendance value of KPI {} for {} not recorded: {}", kpiId,
					entry.getKey(), refused.code()));
		}
		if (!fresh.isEmpty()) {
			RecordedBatch batch = measurements.record(system, MeasurementSource.ATTENDANCE, fresh, true);
			recorded += batch.recorded().size();
			batch.refused().forEach(refused -> log.info("Attendance value of KPI {} on {} not recorded: {}", kpiId,
					fresh.get(refused.index()).measuredOn(), refused.code()));
		}
		return recorded;
	}

}
