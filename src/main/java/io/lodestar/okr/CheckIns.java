package io.lodestar.okr;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalProgress;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Check-ins on key results, from people and from other systems. A check-in sets the version's value, the key
 * result's progress (over all its versions, see {@link KeyResultRules#progressOverVersions}), confidence and
 * status, and rolls progress up the goal graph. Pushed check-ins are idempotent by the client's key.
 */
@Service
@Transactional
public class CheckIns {

	private final ObjectiveQueries queries;

	private final ObjectiveReaders readers;

	private final OkrCycles cycles;

	private final GoalAccess access;

	private final GoalProgress progress;

	private final PeriodCalendar calendar;

	private final OkrHistory history;

	private final JdbcClient jdbc;

	CheckIns(ObjectiveQueries queries, ObjectiveReaders readers, OkrCycles cycles, GoalAccess access,
			GoalProgress progress, PeriodCalendar calendar, OkrHistory history, JdbcClient jdbc) {
		this.queries = queries;
		this.readers = readers;
		this.cycles = cycles;
		this.access = access;
		this.progress = progress;
		this.calendar = calendar;
		this.history = history;
		this.jdbc = jdbc;
	}

	/** Records a check-in; with a known idempotency key, returns the earlier one and changes nothing. */
	public CheckInView checkIn(CurrentUser user, UUID keyResultId, CheckInRequest request, CheckInSource source) {
		UUID tenant = user.tenant();
		UUID objectiveId = queries.objectiveOf(tenant, keyResultId)
			.orElseThrow(() -> new NotFoundException("okr_key_result", keyResultId));
		ObjectiveQueries.Row objective = readers.readable(user, objectiveId);
		if (!access.scopeOf(user).canManage(GoalKind.OBJECTIVE, objective.ownerType(), objective.ownerId())) {
			throw new AccessDeniedException("check in on this key result");
		}
		if (request.idempotencyKey() != null && !request.idempotencyKey().isBlank()) {
			Optional<CheckInView> earlier = byKey(tenant, request.idempotencyKey().strip());
			if (earlier.isPresent()) {
				if (!earlier.get().keyResultId().equals(keyResultId)) {
					throw BusinessRuleException.conflict("okr.check-in.key-used", "idempotencyKey");
				}
				return earlier.get();
			}
		}
		OkrCycle cycle = cycles.get(tenant, objective.cycleId());
		String override = checkOpen(user, cycle, request);
		if (objective.reviewState() != ReviewState.APPROVED) {
			throw BusinessRuleException.conflict("okr.check-in.not-approved", "keyResultId");
		}
		ObjectiveQueries.KeyResultRow kr = queries.keyResults(tenant, List.of(objectiveId))
			.getOrDefault(objectiveId, List.of())
			.stream()
			.filter(row -> row.id().equals(keyResultId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("okr_key_result", keyResultId));
		boolean done = Boolean.TRUE.equals(request.done());
		if (kr.type() == KeyResultType.METRIC && request.value() == null) {
			throw BusinessRuleException.invalid("okr.check-in.value.required", "value");
		}
		BigDecimal versionProgress = KeyResultRules.progress(kr.type(), kr.start(), kr.target(), request.value(), done,
				cycle.progressCap());
		LocalDate today = asOf(tenant, keyResultId, cycle, request.checkedOn());
		BigDecimal overall = overallProgress(tenant, keyResultId, kr.versionNumber(), versionProgress, cycle, today);
		PaceStatus status = request.status() != null ? request.status()
				: KeyResultRules.status(overall, KeyResultRules.expected(cycle.startsOn(), cycle.endsOn(), today),
						cycle.atRiskMargin());
		String narrative = Objectives.blankToNull(request.narrative());
		boolean confidenceFell = kr.confidence() != null && request.confidence() < kr.confidence();
		if (narrative == null && (confidenceFell || status == PaceStatus.OFF_TRACK)) {
			throw BusinessRuleException.invalid("okr.check-in.narrative.required", "narrative");
		}
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		jdbc.sql("""
				insert into okr_check_in (id, tenant_id, key_result_id, version_number, checked_on, reported_value, done, progress,
				    confidence, status, narrative, help_needed, source, source_ref, idempotency_key, author_user_id,
				    author_name, created_at)
				values (:id, :tenant, :kr, :version, :on, :value, :done, :progress, :confidence, :status, :narrative,
				    :help, :source, :ref, :key, :author, :authorName, :at)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.param("version", kr.versionNumber())
			.param("on", today)
			.param("value", kr.type() == KeyResultType.METRIC ? request.value() : null)
			.param("done", done)
			.param("progress", overall)
			.param("confidence", request.confidence())
			.param("status", status.name())
			.param("narrative", narrative)
			.param("help", Objectives.blankToNull(request.helpNeeded()))
			.param("source", source.name())
			.param("ref", Objectives.blankToNull(request.sourceRef()))
			.param("key", Objectives.blankToNull(request.idempotencyKey()))
			.param("author", user.userId())
			.param("authorName", user.displayName())
			.param("at", Timestamp.from(now))
			.update();
		jdbc.sql("""
				update okr_key_result_version set last_value = :value, done = :done, progress = :progress
				where tenant_id = :tenant and key_result_id = :kr and number = :version
				""")
			.param("value", kr.type() == KeyResultType.METRIC ? request.value() : null)
			.param("done", done)
			.param("progress", versionProgress)
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.param("version", kr.versionNumber())
			.update();
		jdbc.sql("""
				update okr_key_result set confidence = :confidence, status = :status, status_set_by_hand = :byHand,
				    last_check_in_at = :at
				where tenant_id = :tenant and goal_id = :kr
				""")
			.param("confidence", request.confidence())
			.param("status", status.name())
			.param("byHand", request.status() != null)
			.param("at", Timestamp.from(now))
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.update();
		progress.updateOwn(tenant, Map.of(keyResultId, overall));
		if (override != null) {
			history.record(user, objectiveId, keyResultId, "CHECK_IN_OVERRIDE", null, null, override);
		}
		return byId(tenant, id);
	}

	/** The day a check-in counts for: today, or an earlier day of the cycle not before the latest check-in. */
	private LocalDate asOf(UUID tenant, UUID keyResultId, OkrCycle cycle, LocalDate requested) {
		LocalDate today = calendar.today(tenant);
		if (requested == null) {
			return today;
		}
		if (requested.isAfter(today) || requested.isBefore(cycle.startsOn()) || requested.isAfter(cycle.endsOn())) {
			throw BusinessRuleException.invalid("okr.check-in.date-outside", "checkedOn", cycle.startsOn(),
					today.isBefore(cycle.endsOn()) ? today : cycle.endsOn());
		}
		LocalDate latest = jdbc.sql("select max(checked_on) from okr_check_in where tenant_id = :tenant and key_result_id = :kr")
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		if (latest != null && requested.isBefore(latest)) {
			throw BusinessRuleException.invalid("okr.check-in.before-latest", "checkedOn", latest);
		}
		return requested;
	}

	/** The key result's progress over its approved versions with this version's new progress. */
	BigDecimal overallProgress(UUID tenant, UUID keyResultId, int currentVersion, BigDecimal currentProgress,
			OkrCycle cycle, LocalDate today) {
		List<KeyResultRules.VersionSpan> spans = jdbc.sql("""
				select number, effective_from, progress from okr_key_result_version
				where tenant_id = :tenant and key_result_id = :kr and state = 'APPROVED' order by number
				""")
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.query((rs, row) -> new KeyResultRules.VersionSpan(rs.getObject("effective_from", LocalDate.class),
					rs.getInt("number") == currentVersion ? currentProgress : rs.getBigDecimal("progress")))
			.list();
		return KeyResultRules.progressOverVersions(spans, cycle.startsOn(), cycle.clampToCycle(today));
	}

	private String checkOpen(CurrentUser user, OkrCycle cycle, CheckInRequest request) {
		if (cycle.isClosed()) {
			String reason = Objectives.blankToNull(request.overrideReason());
			if (!user.has(Role.HR_ADMIN)) {
				throw BusinessRuleException.conflict("okr.cycle.closed", "cycleId", cycle.name());
			}
			if (reason == null) {
				throw BusinessRuleException.invalid("okr.check-in.override.required", "overrideReason");
			}
			return reason;
		}
		if (!cycle.acceptsCheckIns()) {
			throw BusinessRuleException.conflict("okr.check-in.cycle-not-active", "cycleId", cycle.name());
		}
		return null;
	}

	/** A key result's check-ins, newest first. */
	@Transactional(readOnly = true)
	public List<CheckInView> of(CurrentUser user, UUID keyResultId) {
		UUID objectiveId = queries.objectiveOf(user.tenant(), keyResultId)
			.orElseThrow(() -> new NotFoundException("okr_key_result", keyResultId));
		readers.readable(user, objectiveId);
		return jdbc.sql("select * from okr_check_in where tenant_id = :tenant and key_result_id = :kr "
				+ "order by checked_on desc, created_at desc, id")
			.param("tenant", user.tenant())
			.param("kr", keyResultId)
			.query(CheckIns::view)
			.list();
	}

	/** Every check-in of an objective's key results, oldest first (charts and the retrospective). */
	@Transactional(readOnly = true)
	public List<CheckInView> ofObjective(CurrentUser user, UUID objectiveId) {
		readers.readable(user, objectiveId);
		return jdbc.sql("""
				select c.* from okr_check_in c join okr_key_result k on k.tenant_id = c.tenant_id
				    and k.goal_id = c.key_result_id
				where c.tenant_id = :tenant and k.objective_id = :objective order by c.checked_on, c.created_at, c.id
				""")
			.param("tenant", user.tenant())
			.param("objective", objectiveId)
			.query(CheckIns::view)
			.list();
	}

	private Optional<CheckInView> byKey(UUID tenant, String key) {
		return jdbc.sql("select * from okr_check_in where tenant_id = :tenant and idempotency_key = :key")
			.param("tenant", tenant)
			.param("key", key)
			.query(CheckIns::view)
			.optional();
	}

	private CheckInView byId(UUID tenant, UUID id) {
		return jdbc.sql("select * from okr_check_in where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(CheckIns::view)
			.single();
	}

	static CheckInView view(ResultSet rs, int row) throws SQLException {
		return new CheckInView(rs.getObject("id", UUID.class), rs.getObject("key_result_id", UUID.class),
				rs.getInt("version_number"), rs.getObject("checked_on", LocalDate.class), rs.getBigDecimal("reported_value"),
				rs.getBoolean("done"), rs.getBigDecimal("progress"), rs.getInt("confidence"),
				PaceStatus.valueOf(rs.getString("status")), rs.getString("narrative"), rs.getString("help_needed"),
				rs.getString("source"), rs.getString("source_ref"), rs.getString("author_name"),
				rs.getTimestamp("created_at").toInstant());
	}

}
