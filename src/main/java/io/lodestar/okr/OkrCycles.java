package io.lodestar.okr;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * OKR cycles and their phases, and which org units work with OKRs. HR sets both. Phases follow the dates
 * (drafting → active → closing) when {@link #followDates} runs, or when HR moves them; closing a cycle locks
 * its objectives and is done by {@link OkrClosing}.
 */
@Service
@Transactional
public class OkrCycles implements io.lodestar.goals.GoalModes {

	static final BigDecimal DEFAULT_MARGIN = new BigDecimal("0.1");

	static final int DEFAULT_CHECK_IN_DAYS = 7;

	private final JdbcClient jdbc;

	private final PeriodCalendar calendar;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	OkrCycles(JdbcClient jdbc, PeriodCalendar calendar, PeopleDirectory people, AuditTrail audit) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.people = people;
		this.audit = audit;
	}

	/** Creates a cycle; HR only. Missing dates follow from the cadence (see {@link NewCycle}). */
	public OkrCycle create(CurrentUser user, NewCycle request) {
		requireHr(user);
		UUID tenant = user.tenant();
		Dates dates = dates(request);
		Period period = enclosingPeriod(tenant, dates);
		UUID id = UUID.randomUUID();
		LocalDate today = calendar.today(tenant);
		CyclePhase phase = today.isAfter(dates.draftingEndsOn) ? CyclePhase.ACTIVE : CyclePhase.DRAFTING;
		try {
			jdbc.sql("""
					insert into okr_cycle (id, tenant_id, name, cadence, starts_on, ends_on, drafting_ends_on,
					    closing_starts_on, period_id, phase, check_in_days, at_risk_margin, progress_cap, created_at, version)
					values (:id, :tenant, :name, :cadence, :starts, :ends, :draftingEnds, :closingStarts, :period,
					    :phase, :checkInDays, :margin, :cap, :now, 0)
					""")
				.param("id", id)
				.param("tenant", tenant)
				.param("name", request.name().strip())
				.param("cadence", request.cadence().name())
				.param("starts", dates.startsOn)
				.param("ends", dates.endsOn)
				.param("draftingEnds", dates.draftingEndsOn)
				.param("closingStarts", dates.closingStartsOn)
				.param("period", period.id())
				.param("phase", phase.name())
				.param("checkInDays", request.checkInDays() == null ? DEFAULT_CHECK_IN_DAYS : request.checkInDays())
				.param("margin", request.atRiskMargin() == null ? DEFAULT_MARGIN : request.atRiskMargin())
				.param("cap", request.progressCap() == null ? BigDecimal.ONE : request.progressCap())
				.param("now", Timestamp.from(Instant.now()))
				.update();
		}
		catch (DuplicateKeyException sameName) {
			throw BusinessRuleException.conflict("okr.cycle.name.taken", "name", request.name().strip());
		}
		OkrCycle cycle = get(tenant, id);
		audit.record("CREATE", "okr_cycle", id, null, auditState(cycle));
		return cycle;
	}

	/** Changes a cycle's name, dates and rules; HR only, not once it is closed. */
	public OkrCycle update(CurrentUser user, UUID id, NewCycle request) {
		requireHr(user);
		UUID tenant = user.tenant();
		OkrCycle before = get(tenant, id);
		if (before.isClosed()) {
			throw BusinessRuleException.conflict("okr.cycle.closed", "phase", before.name());
		}
		Dates dates = dates(request);
		Period period = enclosingPeriod(tenant, dates);
		if (!period.id().equals(before.periodId()) && hasObjectives(tenant, id)) {
			throw BusinessRuleException.conflict("okr.cycle.period-fixed", "startsOn");
		}
		int changed;
		try {
			changed = jdbc.sql("""
					update okr_cycle set name = :name, cadence = :cadence, starts_on = :starts, ends_on = :ends,
					    drafting_ends_on = :draftingEnds, closing_starts_on = :closingStarts, period_id = :period,
					    check_in_days = :checkInDays, at_risk_margin = :margin, progress_cap = :cap, version = version + 1
					where tenant_id = :tenant and id = :id and version = :version
					""")
				.param("name", request.name().strip())
				.param("cadence", request.cadence().name())
				.param("starts", dates.startsOn)
				.param("ends", dates.endsOn)
				.param("draftingEnds", dates.draftingEndsOn)
				.param("closingStarts", dates.closingStartsOn)
				.param("period", period.id())
				.param("checkInDays", request.checkInDays() == null ? before.checkInDays() : request.checkInDays())
				.param("margin", request.atRiskMargin() == null ? before.atRiskMargin() : request.atRiskMargin())
				.param("cap", request.progressCap() == null ? before.progressCap() : request.progressCap())
				.param("tenant", tenant)
				.param("id", id)
				.param("version", request.version() == null ? before.version() : request.version())
				.update();
		}
		catch (DuplicateKeyException sameName) {
			throw BusinessRuleException.conflict("okr.cycle.name.taken", "name", request.name().strip());
		}
		if (changed == 0) {
			throw new OptimisticLockingFailureException("okr cycle changed");
		}
		OkrCycle after = get(tenant, id);
		audit.record("UPDATE", "okr_cycle", id, auditState(before), auditState(after));
		return after;
	}

	/**
	 * Moves a cycle between drafting, active and closing; HR only. Closing and reopening go through
	 * {@link OkrClosing}, which locks and unlocks the objectives.
	 */
	public OkrCycle movePhase(CurrentUser user, UUID id, CyclePhase phase) {
		requireHr(user);
		OkrCycle before = get(user.tenant(), id);
		if (phase == CyclePhase.CLOSED || before.isClosed()) {
			throw BusinessRuleException.conflict("okr.cycle.close-through-closing", "phase");
		}
		setPhase(user.tenant(), id, phase);
		OkrCycle after = get(user.tenant(), id);
		audit.record("PHASE", "okr_cycle", id, auditState(before), auditState(after));
		return after;
	}

	void setPhase(UUID tenant, UUID id, CyclePhase phase) {
		jdbc.sql("update okr_cycle set phase = :phase, version = version + 1 where tenant_id = :tenant and id = :id")
			.param("phase", phase.name())
			.param("tenant", tenant)
			.param("id", id)
			.update();
	}

	/** Moves open cycles on by their dates (drafting → active → closing); never closes one. */
	public int followDates(UUID tenant) {
		LocalDate today = calendar.today(tenant);
		int moved = jdbc.sql("update okr_cycle set phase = 'ACTIVE', version = version + 1 where tenant_id = :tenant "
				+ "and phase = 'DRAFTING' and drafting_ends_on < :today")
			.param("tenant", tenant)
			.param("today", today)
			.update();
		moved += jdbc.sql("update okr_cycle set phase = 'CLOSING', version = version + 1 where tenant_id = :tenant "
				+ "and phase = 'ACTIVE' and closing_starts_on <= :today")
			.param("tenant", tenant)
			.param("today", today)
			.update();
		return moved;
	}

	@Transactional(readOnly = true)
	public List<OkrCycle> list(UUID tenant) {
		return jdbc.sql("select * from okr_cycle where tenant_id = :tenant order by starts_on desc, name")
			.param("tenant", tenant)
			.query(OkrCycles::cycle)
			.list();
	}

	@Transactional(readOnly = true)
	public OkrCycle get(UUID tenant, UUID id) {
		return find(tenant, id).orElseThrow(() -> new NotFoundException("okr_cycle", id));
	}

	@Transactional(readOnly = true)
	public Optional<OkrCycle> find(UUID tenant, UUID id) {
		return jdbc.sql("select * from okr_cycle where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(OkrCycles::cycle)
			.optional();
	}

	/** The cycle people work in today: the open one containing today, else the latest open one. */
	@Transactional(readOnly = true)
	public Optional<OkrCycle> current(UUID tenant) {
		LocalDate today = calendar.today(tenant);
		List<OkrCycle> cycles = list(tenant);
		return cycles.stream()
			.filter(cycle -> !cycle.isClosed() && !today.isBefore(cycle.startsOn()) && !today.isAfter(cycle.endsOn()))
			.findFirst()
			.or(() -> cycles.stream().filter(cycle -> !cycle.isClosed()).findFirst())
			.or(() -> cycles.stream().findFirst());
	}

	/** The cycle that starts next after this one ends (where carried-over objectives go). */
	@Transactional(readOnly = true)
	public Optional<OkrCycle> next(UUID tenant, OkrCycle cycle) {
		return jdbc.sql("select * from okr_cycle where tenant_id = :tenant and starts_on > :ends "
				+ "order by starts_on, name")
			.param("tenant", tenant)
			.param("ends", cycle.endsOn())
			.query(OkrCycles::cycle)
			.list()
			.stream()
			.findFirst();
	}

	public LocalDate today(UUID tenant) {
		return calendar.today(tenant);
	}

	/** The unit's own mode, else its nearest ancestor's, else BOTH. */
	@Transactional(readOnly = true)
	public UnitMode modeOf(UUID tenant, UUID orgUnitId) {
		if (orgUnitId == null) {
			return UnitMode.BOTH;
		}
		Map<UUID, UnitMode> modes = new LinkedHashMap<>();
		jdbc.sql("select org_unit_id, mode from okr_unit_mode where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(rs -> {
				modes.put(rs.getObject("org_unit_id", UUID.class), UnitMode.valueOf(rs.getString("mode")));
			});
		for (UUID unit : people.unitAncestry(tenant, orgUnitId)) {
			UnitMode mode = modes.get(unit);
			if (mode != null) {
				return mode;
			}
		}
		return UnitMode.BOTH;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean allowsKpis(UUID tenant, UUID orgUnitId) {
		return modeOf(tenant, orgUnitId) != UnitMode.OKR;
	}

	/** The units with a mode of their own. */
	@Transactional(readOnly = true)
	public Map<UUID, UnitMode> explicitModes(UUID tenant) {
		Map<UUID, UnitMode> modes = new LinkedHashMap<>();
		jdbc.sql("select org_unit_id, mode from okr_unit_mode where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(rs -> {
				modes.put(rs.getObject("org_unit_id", UUID.class), UnitMode.valueOf(rs.getString("mode")));
			});
		return modes;
	}

	/** Sets a unit's mode (null: inherit from the unit above); HR only. */
	public void setMode(CurrentUser user, UUID orgUnitId, UnitMode mode) {
		requireHr(user);
		UUID tenant = user.tenant();
		if (people.unitNames(tenant, List.of(orgUnitId)).isEmpty()) {
			throw new NotFoundException("org_unit", orgUnitId);
		}
		UnitMode before = explicitModes(tenant).get(orgUnitId);
		jdbc.sql("delete from okr_unit_mode where tenant_id = :tenant and org_unit_id = :unit")
			.param("tenant", tenant)
			.param("unit", orgUnitId)
			.update();
		if (mode != null) {
			jdbc.sql("insert into okr_unit_mode (tenant_id, org_unit_id, mode) values (:tenant, :unit, :mode)")
				.param("tenant", tenant)
				.param("unit", orgUnitId)
				.param("mode", mode.name())
				.update();
		}
		audit.record("MODE", "org_unit", orgUnitId, before == null ? null : Map.of("mode", before.name()),
				mode == null ? null : Map.of("mode", mode.name()));
	}

	private boolean hasObjectives(UUID tenant, UUID cycle) {
		return jdbc.sql("select count(*) from okr_objective where tenant_id = :tenant and cycle_id = :cycle")
			.param("tenant", tenant)
			.param("cycle", cycle)
			.query(Long.class)
			.single() > 0;
	}

	private Period enclosingPeriod(UUID tenant, Dates dates) {
		return calendar.shortestContaining(tenant, dates.startsOn, dates.endsOn)
			.orElseThrow(() -> BusinessRuleException.invalid("okr.cycle.crosses-fiscal-year", "endsOn"));
	}

	static Dates dates(NewCycle request) {
		LocalDate starts = request.startsOn();
		LocalDate ends = request.endsOn() != null ? request.endsOn()
				: starts.plusMonths(request.cadence().months()).minusDays(1);
		if (!ends.isAfter(starts)) {
			throw BusinessRuleException.invalid("okr.cycle.ends-before-start", "endsOn");
		}
		LocalDate draftingEnds = request.draftingEndsOn() != null ? request.draftingEndsOn()
				: min(starts.plusDays(13), ends.minusDays(1));
		LocalDate closingStarts = request.closingStartsOn() != null ? request.closingStartsOn()
				: max(ends.minusDays(6), draftingEnds.plusDays(1));
		if (draftingEnds.isBefore(starts) || !draftingEnds.isBefore(ends)) {
			throw BusinessRuleException.invalid("okr.cycle.drafting-outside", "draftingEndsOn");
		}
		if (!closingStarts.isAfter(draftingEnds) || closingStarts.isAfter(ends)) {
			throw BusinessRuleException.invalid("okr.cycle.closing-outside", "closingStartsOn");
		}
		return new Dates(starts, ends, draftingEnds, closingStarts);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	static void requireHr(CurrentUser user) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("HR only");
		}
	}

	static Map<String, Object> auditState(OkrCycle cycle) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", cycle.name());
		state.put("cadence", cycle.cadence().name());
		state.put("startsOn", cycle.startsOn().toString());
		state.put("endsOn", cycle.endsOn().toString());
		state.put("draftingEndsOn", cycle.draftingEndsOn().toString());
		state.put("closingStartsOn", cycle.closingStartsOn().toString());
		state.put("phase", cycle.phase().name());
		state.put("checkInDays", cycle.checkInDays());
		state.put("atRiskMargin", cycle.atRiskMargin().stripTrailingZeros().toPlainString());
		state.put("progressCap", cycle.progressCap() == null ? null : cycle.progressCap().stripTrailingZeros().toPlainString());
		return state;
	}

	static OkrCycle cycle(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new OkrCycle(rs.getObject("id", UUID.class), rs.getString("name"), Cadence.valueOf(rs.getString("cadence")),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getObject("drafting_ends_on", LocalDate.class), rs.getObject("closing_starts_on", LocalDate.class),
				rs.getObject("period_id", UUID.class), CyclePhase.valueOf(rs.getString("phase")),
				rs.getInt("check_in_days"), rs.getBigDecimal("at_risk_margin"), rs.getBigDecimal("progress_cap"),
				rs.getLong("version"));
	}

	record Dates(LocalDate startsOn, LocalDate endsOn, LocalDate draftingEndsOn, LocalDate closingStartsOn) {
	}

}
