package io.lodestar.goals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.company.FiscalCalendarInUse;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.RequestMemo;

/**
 * A company's fiscal calendar. A fiscal year starts in the company's configured month and is named after
 * the calendar year it starts in; its 19 periods (year, 2 halves, 4 quarters, 12 months) are created the
 * first time anything refers to that year. HR locks periods once their numbers are final.
 */
@Service
@Transactional
public class PeriodCalendar implements FiscalCalendarInUse {

	private final GoalPeriodRepository periods;

	private final FiscalYearCreator creator;

	private final CompanyManagement companies;

	private final AuditTrail audit;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private static final String LOCKS = "goals.period-locks:";

	/**
	 * Fiscal years never change shape once created (nothing updates their dates or deletes them), so their shapes
	 * are kept here. Lock flags are not: another instance may lock a period at any time, so every view handed out
	 * carries the lock state read from the database, once per request or transaction ({@link #lockState}). Code
	 * that must honour a lock asks {@link #lockedAmong}.
	 */
	private final java.util.concurrent.ConcurrentMap<String, List<Period>> years = new java.util.concurrent.ConcurrentHashMap<>();

	private final java.util.concurrent.ConcurrentMap<UUID, Period> byId = new java.util.concurrent.ConcurrentHashMap<>();

	/** A company's fiscal-year start month, known (and fixed) once any of its years exists. */
	private final java.util.concurrent.ConcurrentMap<UUID, Integer> fiscalStarts = new java.util.concurrent.ConcurrentHashMap<>();

	PeriodCalendar(GoalPeriodRepository periods, FiscalYearCreator creator, CompanyManagement companies,
			AuditTrail audit, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.periods = periods;
		this.creator = creator;
		this.companies = companies;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean inUse(UUID companyId) {
		return periods.existsByTenantId(companyId);
	}

	/** The fiscal year a date falls in: the calendar year in which that fiscal year started. */
	@Transactional(readOnly = true)
	public int fiscalYearOf(UUID tenant, LocalDate date) {
		Integer known = fiscalStarts.get(tenant);
		int startMonth = known != null ? known : companies.settings(tenant).fiscalYearStartMonth();
		return date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
	}

	/** All 19 periods of a fiscal year, longest first, created if needed. */
	public List<Period> year(UUID tenant, int fiscalYear) {
		String key = tenant + ":" + fiscalYear;
		List<Period> cached = years.get(key);
		if (cached != null) {
			return withLocks(tenant, cached);
		}
		// kept without lock flags, which are added per request from the database
		List<Period> loaded = load(tenant, fiscalYear).stream().map(period -> withLock(period, Map.of())).toList();
		years.put(key, loaded);
		fiscalStarts.put(tenant, loaded.get(0).startsOn().getMonthValue());
		loaded.forEach(period -> byId.put(period.id(), period));
		return withLocks(tenant, loaded);
	}

	private List<Period> withLocks(UUID tenant, List<Period> shapes) {
		Map<UUID, String> locked = lockState(tenant);
		if (locked.isEmpty()) {
			return shapes;
		}
		return shapes.stream().map(period -> withLock(period, locked)).toList();
	}

	private static Period withLock(Period period, Map<UUID, String> locked) {
		boolean isLocked = locked.containsKey(period.id());
		String reason = isLocked ? locked.get(period.id()) : null;
		if (period.locked() == isLocked && java.util.Objects.equals(period.lockReason(), reason)) {
			return period;
		}
		return new Period(period.id(), period.kind(), period.fiscalYear(), period.sequence(), period.startsOn(),
				period.endsOn(), isLocked, reason);
	}

	/** The company's locked periods and their reasons, as committed: read once per request or transaction. */
	private Map<UUID, String> lockState(UUID tenant) {
		String key = LOCKS + tenant;
		return RequestMemo.get(key, () -> java.util.Optional.of(PeriodLocks.inTransaction(key, () -> readLocks(tenant))))
			.orElseThrow();
	}

	private Map<UUID, String> readLocks(UUID tenant) {
		Map<UUID, String> locked = new java.util.HashMap<>();
		jdbc.sql("select id, lock_reason from goal_period where tenant_id = :tenant and locked_at is not null")
			.param("tenant", tenant)
			.query((rs, row) -> locked.put(rs.getObject("id", UUID.class), rs.getString("lock_reason")))
			.list();
		return locked;
	}

	private List<Period> load(UUID tenant, int fiscalYear) {
		List<GoalPeriod> existing = periods.findByTenantIdAndFiscalYear(tenant, fiscalYear);
		if (existing.isEmpty()) {
			existing = create(tenant, fiscalYear);
		}
		return existing.stream()
			.map(GoalPeriod::view)
			.sorted(Comparator.comparing((Period period) -> period.kind().ordinal())
				.thenComparing(Period::sequence))
			.toList();
	}

	private List<GoalPeriod> create(UUID tenant, int fiscalYear) {
		int startMonth = companies.settings(tenant).fiscalYearStartMonth();
		LocalDate start = LocalDate.of(fiscalYear, startMonth, 1);
		try {
			creator.create(tenant, fiscalYear, start);
		}
		catch (DataIntegrityViolationException createdConcurrently) {
			// another request created the same year a moment ago: use theirs
		}
		return periods.findByTenantIdAndFiscalYear(tenant, fiscalYear);
	}

	public Period containing(UUID tenant, LocalDate date, PeriodKind kind) {
		return year(tenant, fiscalYearOf(tenant, date)).stream()
			.filter(period -> period.kind() == kind && period.contains(date))
			.findFirst()
			.orElseThrow();
	}

	/** The shortest period of one fiscal year that contains both dates; empty when they lie in different years. */
	public java.util.Optional<Period> shortestContaining(UUID tenant, LocalDate from, LocalDate to) {
		if (fiscalYearOf(tenant, from) != fiscalYearOf(tenant, to)) {
			return java.util.Optional.empty();
		}
		return year(tenant, fiscalYearOf(tenant, from)).stream()
			.filter(period -> period.contains(from) && period.contains(to))
			.min(Comparator.comparing((Period period) -> period.kind().months()));
	}

	/** The period of the kind containing today (in the company's time zone). */
	public Period current(UUID tenant, PeriodKind kind) {
		return containing(tenant, today(tenant), kind);
	}

	public LocalDate today(UUID tenant) {
		return companies.today(tenant);
	}

	@Transactional(readOnly = true)
	public Period get(UUID tenant, UUID periodId) {
		Period cached = byId.get(periodId);
		if (cached != null && years.containsKey(tenant + ":" + cached.fiscalYear())
				&& years.get(tenant + ":" + cached.fiscalYear()).contains(cached)) {
			return withLock(cached, lockState(tenant));
		}
		GoalPeriod period = periods.findByTenantIdAndId(tenant, periodId)
			.orElseThrow(() -> new NotFoundException("period", periodId));
		year(tenant, period.view().fiscalYear());
		return period.view();
	}

	/** The fiscal years whose periods exist, oldest first (listing them creates nothing). */
	@Transactional(readOnly = true)
	public List<Integer> existingYears(UUID tenant) {
		return jdbc.sql("select distinct fiscal_year from goal_period where tenant_id = :tenant order by fiscal_year")
			.param("tenant", tenant)
			.query(Integer.class)
			.list();
	}

	/** Which of the periods are locked now, read from the database (never from the cache). */
	@Transactional(readOnly = true)
	public java.util.Set<UUID> lockedAmong(UUID tenant, java.util.Collection<UUID> periodIds) {
		if (periodIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select id from goal_period where tenant_id = :tenant "
				+ "and id in (:ids) and locked_at is not null")
			.param("tenant", tenant)
			.param("ids", new java.util.ArrayList<>(periodIds))
			.query(UUID.class)
			.list());
	}

	/** The period and every longer period of the same fiscal year that contains it, shortest first. */
	public List<Period> enclosing(UUID tenant, Period period) {
		return year(tenant, period.fiscalYear()).stream()
			.filter(candidate -> candidate.contains(period))
			.sorted(Comparator.comparing((Period candidate) -> candidate.kind().months()))
			.toList();
	}

	/**
	 * A lookup for one company that remembers each answer: code that places thousands of actuals in periods (a
	 * batch of 2,000 asks for the same few months over and over) builds the lock-aware year views once instead of
	 * once per actual. Lives as long as the caller keeps it (one batch); it never outlives a transaction.
	 */
	public Lookup lookup(UUID tenant) {
		return new Lookup(tenant);
	}

	/** See {@link #lookup}. */
	public final class Lookup {

		private record DateOfKind(LocalDate date, PeriodKind kind) {
		}

		private final UUID tenant;

		private final Map<DateOfKind, Period> containing = new java.util.HashMap<>();

		private final Map<UUID, List<Period>> enclosing = new java.util.HashMap<>();

		private final Map<UUID, Period> byId = new java.util.HashMap<>();

		private Lookup(UUID tenant) {
			this.tenant = tenant;
		}

		/** As {@link PeriodCalendar#containing}. */
		public Period containing(LocalDate date, PeriodKind kind) {
			return containing.computeIfAbsent(new DateOfKind(date, kind),
					key -> PeriodCalendar.this.containing(tenant, date, kind));
		}

		/** As {@link PeriodCalendar#enclosing}. */
		public List<Period> enclosing(Period period) {
			return enclosing.computeIfAbsent(period.id(), id -> PeriodCalendar.this.enclosing(tenant, period));
		}

		/** As {@link PeriodCalendar#get}. */
		public Period get(UUID periodId) {
			return byId.computeIfAbsent(periodId, id -> PeriodCalendar.this.get(tenant, id));
		}

	}

	/** The periods of a kind that lie within the given period, in order. */
	public List<Period> within(UUID tenant, Period period, PeriodKind kind) {
		return year(tenant, period.fiscalYear()).stream()
			.filter(candidate -> candidate.kind() == kind && period.contains(candidate))
			.toList();
	}

	/** Lock (or unlock) a period: measurements in it then need an HR override with a reason. HR only. */
	public Period lock(CurrentUser user, UUID periodId, boolean locked, String reason) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("period lock");
		}
		GoalPeriod period = periods.findByTenantIdAndId(user.tenant(), periodId)
			.orElseThrow(() -> new NotFoundException("period", periodId));
		if (locked && (reason == null || reason.isBlank())) {
			throw BusinessRuleException.invalid("goals.period.lock-reason.required", "reason");
		}
		boolean before = period.isLocked();
		if (locked) {
			period.lock(user.userId(), reason.strip(), Instant.now(clock));
		}
		else {
			period.unlock();
		}
		GoalPeriod saved = periods.save(period);
		// this request and transaction see the change at once; other instances read it with their next request
		RequestMemo.forget(LOCKS + user.tenant());
		PeriodLocks.forget(LOCKS + user.tenant());
		audit.record(locked ? "PERIOD_LOCKED" : "PERIOD_UNLOCKED", "period", periodId, Map.of("locked", before),
				Map.of("locked", locked, "reason", reason == null ? "" : reason.strip()));
		return saved.view();
	}

	ZoneId zoneOf(UUID tenant) {
		return companies.zoneOf(tenant);
	}

}
