package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Appraisal cycles: set up for some org units or positions (one appraisal per active employee in them, reviewed
 * by their manager), moved forward one phase at a time by HR, closed when every appeal is decided, reopened only
 * with a reason. Entering calibration computes every score, grade and pay line ({@link ScoreComputations}).
 */
@Service
@Transactional
public class AppraisalCycles {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final AppraisalTemplates templates;

	private final PeriodCalendar calendar;

	private final PeopleDirectory people;

	private final AppraisalStore store;

	private final ScoreComputations computations;

	private final AppraisalNotices notices;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AppraisalCycles(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AppraisalTemplates templates, PeriodCalendar calendar, PeopleDirectory people,
			AppraisalStore store, ScoreComputations computations, AppraisalNotices notices, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.batch = batch;
		this.templates = templates;
		this.calendar = calendar;
		this.people = people;
		this.store = store;
		this.computations = computations;
		this.notices = notices;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<AppraisalCycle> list(UUID tenant) {
		List<AppraisalCycle> cycles = jdbc
			.sql("select * from appraisal_cycle where tenant_id = :tenant order by created_at desc, id")
			.param("tenant", tenant)
			.query((rs, n) -> cycle(rs, List.of(), List.of()))
			.list();
		return cycles.stream().map(cycle -> withScope(tenant, cycle)).toList();
	}

	@Transactional(readOnly = true)
	public AppraisalCycle get(UUID tenant, UUID id) {
		return jdbc.sql("select * from appraisal_cycle where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query((rs, n) -> cycle(rs, List.of(), List.of()))
			.optional()
			.map(cycle -> withScope(tenant, cycle))
			.orElseThrow(() -> new NotFoundException("appraisal cycle", id));
	}

	/** HR sets up a cycle; everyone active in its units or positions gets an appraisal, in DRAFT. */
	public AppraisalCycle create(CurrentUser user, NewAppraisalCycle request) {
		UUID tenant = user.tenant();
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw BusinessRuleException.invalid("appraisal.cycle.name.invalid", "name");
		}
		if (request.templateId() == null) {
			throw BusinessRuleException.invalid("appraisal.cycle.template.required", "templateId");
		}
		templates.get(tenant, request.templateId());
		if (request.periodId() == null) {
			throw BusinessRuleException.invalid("appraisal.cycle.period.required", "periodId");
		}
		calendar.get(tenant, request.periodId());
		checkDates(request);
		BigDecimal payBase = request.payBase() == null ? BigDecimal.ZERO : request.payBase();
		if (payBase.signum() < 0 || payBase.scale() > 2) {
			throw BusinessRuleException.invalid("appraisal.cycle.pay-base.invalid", "payBase");
		}
		if (request.bonusPool() != null && (request.bonusPool().signum() < 0 || request.bonusPool().scale() > 2)) {
			throw BusinessRuleException.invalid("appraisal.cycle.pool.invalid", "bonusPool");
		}
		List<UUID> units = request.unitIds() == null ? List.of() : List.copyOf(request.unitIds());
		List<UUID> positions = request.positionIds() == null ? List.of() : List.copyOf(request.positionIds());
		Map<UUID, EmployeeSummary> members = members(tenant, units, positions);
		if (members.isEmpty()) {
			throw BusinessRuleException.invalid("appraisal.cycle.scope.empty", "unitIds");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into appraisal_cycle (id, tenant_id, template_id, name, period_id, phase, self_due, manager_due,
				    calibration_due, acknowledge_due, pay_base, bonus_pool, computing, compute_done, compute_total,
				    created_at, version)
				values (:id, :tenant, :template, :name, :period, 'DRAFT', :selfDue, :managerDue, :calibrationDue,
				    :acknowledgeDue, :payBase, :pool, false, 0, 0, :now, 0)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("template", request.templateId())
			.param("name", name)
			.param("period", request.periodId())
			.param("selfDue", date(request.selfDue()))
			.param("managerDue", date(request.managerDue()))
			.param("calibrationDue", date(request.calibrationDue()))
			.param("acknowledgeDue", date(request.acknowledgeDue()))
			.param("payBase", payBase)
			.param("pool", request.bonusPool())
			.param("now", Timestamp.from(Instant.now()))
			.update();
		units.forEach(unit -> scope(tenant, id, unit, null));
		positions.forEach(position -> scope(tenant, id, null, position));
		List<MapSqlParameterSource> appraisals = new ArrayList<>();
		for (EmployeeSummary member : members.values()) {
			appraisals.add(new MapSqlParameterSource().addValue("id", UUID.randomUUID())
				.addValue("tenant", tenant)
				.addValue("cycle", id)
				.addValue("employee", member.id())
				.addValue("unit", member.orgUnitId())
				// nobody reviews themselves: without a manager, HR does the manager's part
				.addValue("reviewer", member.id().equals(member.managerId()) ? null : member.managerId()));
		}
		for (int from = 0; from < appraisals.size(); from += AppraisalScoring.CHUNK) {
			batch.batchUpdate("""
					insert into appraisal (id, tenant_id, cycle_id, employee_id, org_unit_id, reviewer_id, peer_count,
					    version)
					values (:id, :tenant, :cycle, :employee, :unit, :reviewer, 0, 0)
					""", appraisals.subList(from, Math.min(appraisals.size(), from + AppraisalScoring.CHUNK))
				.toArray(MapSqlParameterSource[]::new));
		}
		audit.record("CREATE", "appraisal_cycle", id, null,
				Map.of("name", name, "people", members.size(), "template", request.templateId()));
		return get(tenant, id);
	}

	/** Moves the cycle to the next phase (only that one), with what the next phase needs done first. */
	public AppraisalCycle advance(CurrentUser user, UUID id, AppraisalPhase expected) {
		AppraisalCycle cycle = get(user.tenant(), id);
		AppraisalPhase next = cycle.phase().next();
		if (cycle.isClosed() || (expected != null && expected != next)) {
			throw BusinessRuleException.conflict("appraisal.cycle.phase.not-next", "phase", cycle.phase().label(), expected == null ? "" : expected.label());
		}
		if (next == AppraisalPhase.CLOSED) {
			return close(user, id);
		}
		if (cycle.phase() == AppraisalPhase.CALIBRATION) {
			// publishing the results: every score must come from one complete computation
			ScoreComputations.refuseUnlessComputed(cycle);
		}
		ScoreComputations.refuseWhileComputing(cycle);
		if (next == AppraisalPhase.CALIBRATION) {
			computations.start(user.tenant(), cycle);
		}
		movePhase(user, cycle, next, null);
		if (next != AppraisalPhase.CALIBRATION) {
			// calibration tells no one: no need to read a large cycle's appraisals for it
			notices.phaseStarted(user.tenant(), get(user.tenant(), id), store.ofCycle(user.tenant(), id));
		}
		return get(user.tenant(), id);
	}

	/** Closes the cycle: refused while an appeal is open; locks every appraisal in it. */
	public AppraisalCycle close(CurrentUser user, UUID id) {
		AppraisalCycle cycle = get(user.tenant(), id);
		if (cycle.phase() != AppraisalPhase.RESULTS) {
			throw BusinessRuleException.conflict("appraisal.cycle.close.not-results", "phase", cycle.phase().label());
		}
		long open = jdbc.sql("select count(*) from appraisal where tenant_id = :tenant and cycle_id = :cycle "
				+ "and appeal_state = 'OPEN'")
			.param("tenant", user.tenant())
			.param("cycle", id)
			.query(Long.class)
			.single();
		if (open > 0) {
			throw BusinessRuleException.conflict("appraisal.cycle.close.open-appeals", "phase", open);
		}
		jdbc.sql("update appraisal_cycle set closed_at = :now where tenant_id = :tenant and id = :id")
			.param("now", Timestamp.from(Instant.now()))
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		movePhase(user, cycle, AppraisalPhase.CLOSED, null);
		events.publishEvent(new AppraisalCycleClosed(user.tenant(), id, cycle.name()));
		return get(user.tenant(), id);
	}

	/** HR reopens a closed cycle, back to results, with a reason kept in the change log and the audit trail. */
	public AppraisalCycle reopen(CurrentUser user, UUID id, String reason) {
		AppraisalCycle cycle = get(user.tenant(), id);
		if (!cycle.isClosed()) {
			throw BusinessRuleException.conflict("appraisal.cycle.reopen.not-closed", "phase", cycle.phase().label());
		}
		String why = Reasons.required(reason, "reason");
		jdbc.sql("update appraisal_cycle set closed_at = null where tenant_id = :tenant and id = :id")
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		movePhase(user, cycle, AppraisalPhase.RESULTS, why);
		return get(user.tenant(), id);
	}

	/** Refuses any change to a closed cycle (callers pass the cycle they loaded). */
	static void refuseIfClosed(AppraisalCycle cycle) {
		if (cycle.isClosed()) {
			throw BusinessRuleException.conflict("appraisal.cycle.closed", null, cycle.name());
		}
	}

	@Transactional(readOnly = true)
	public List<AppraisalChange> changes(UUID tenant, UUID id) {
		get(tenant, id);
		return store.changes(tenant, id);
	}

	private void movePhase(CurrentUser user, AppraisalCycle cycle, AppraisalPhase to, String reason) {
		int moved = jdbc.sql("""
				update appraisal_cycle set phase = :to, version = version + 1
				where tenant_id = :tenant and id = :id and phase = :from
				""")
			.param("to", to.name())
			.param("tenant", user.tenant())
			.param("id", cycle.id())
			.param("from", cycle.phase().name())
			.update();
		if (moved == 0) {
			throw BusinessRuleException.conflict("appraisal.cycle.phase.changed-meanwhile", "phase");
		}
		store.logChange(user, cycle.id(), null, "PHASE", cycle.phase(), to, reason);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("phase", to.name());
		if (reason != null) {
			after.put("reason", reason);
		}
		audit.record(to == AppraisalPhase.RESULTS && cycle.isClosed() ? "REOPEN" : "UPDATE", "appraisal_cycle",
				cycle.id(), Map.of("phase", cycle.phase().name()), after);
	}

	private Map<UUID, EmployeeSummary> members(UUID tenant, List<UUID> units, List<UUID> positions) {
		Map<UUID, EmployeeSummary> members = new LinkedHashMap<>();
		for (UUID unit : units) {
			people.activeEmployees(tenant, unit, null).forEach(e -> members.put(e.id(), e));
		}
		for (UUID position : positions) {
			people.activeEmployees(tenant, null, position).forEach(e -> members.put(e.id(), e));
		}
		return members;
	}

	private static void checkDates(NewAppraisalCycle request) {
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate date : new LocalDate[] { request.selfDue(), request.managerDue(), request.calibrationDue(),
				request.acknowledgeDue() }) {
			if (date != null) {
				dates.add(date);
			}
		}
		for (int i = 1; i < dates.size(); i++) {
			if (dates.get(i).isBefore(dates.get(i - 1))) {
				throw BusinessRuleException.invalid("appraisal.cycle.dates.order", "managerDue");
			}
		}
	}

	private void scope(UUID tenant, UUID cycle, UUID unit, UUID position) {
		jdbc.sql("insert into appraisal_cycle_scope (tenant_id, cycle_id, org_unit_id, position_id) "
				+ "values (:tenant, :cycle, :unit, :position)")
			.param("tenant", tenant)
			.param("cycle", cycle)
			.param("unit", unit)
			.param("position", position)
			.update();
	}

	private AppraisalCycle withScope(UUID tenant, AppraisalCycle cycle) {
		List<UUID> units = new ArrayList<>();
		List<UUID> positions = new ArrayList<>();
		jdbc.sql("select org_unit_id, position_id from appraisal_cycle_scope where tenant_id = :tenant and cycle_id = :cycle")
			.param("tenant", tenant)
			.param("cycle", cycle.id())
			.query((rs, n) -> {
				UUID unit = rs.getObject(1, UUID.class);
				UUID position = rs.getObject(2, UUID.class);
				if (unit != null) {
					units.add(unit);
				}
				if (position != null) {
					positions.add(position);
				}
				return n;
			})
			.list();
		return new AppraisalCycle(cycle.id(), cycle.templateId(), cycle.name(), cycle.periodId(), cycle.phase(),
				cycle.selfDue(), cycle.managerDue(), cycle.calibrationDue(), cycle.acknowledgeDue(), cycle.payBase(),
				cycle.bonusPool(), units, positions, cycle.computation(), cycle.version());
	}

	private static AppraisalCycle cycle(ResultSet rs, List<UUID> units, List<UUID> positions) throws SQLException {
		return new AppraisalCycle(rs.getObject("id", UUID.class), rs.getObject("template_id", UUID.class),
				rs.getString("name"), rs.getObject("period_id", UUID.class), AppraisalPhase.valueOf(rs.getString("phase")),
				localDate(rs, "self_due"), localDate(rs, "manager_due"), localDate(rs, "calibration_due"),
				localDate(rs, "acknowledge_due"), rs.getBigDecimal("pay_base"), rs.getBigDecimal("bonus_pool"), units,
				positions, new AppraisalCycle.Computation(rs.getBoolean("computing"), rs.getInt("compute_done"),
						rs.getInt("compute_total"), rs.getString("compute_error")),
				rs.getLong("version"));
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
