package io.lodestar.okr;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalProgress;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Governed mid-cycle change of a key result (social followers → offline-event participants): the owner proposes
 * a new version with a reason, the reviewer approves or declines it. Every version is kept; progress and the
 * final score count each version over the days it was in force ({@link KeyResultRules#progressOverVersions}).
 */
@Service
@Transactional
public class KeyResultRevisions {

	private final ObjectiveReaders readers;

	private final ObjectiveQueries queries;

	private final KeyResultStore store;

	private final OkrCycles cycles;

	private final CheckIns checkIns;

	private final GoalProgress progress;

	private final OkrHistory history;

	private final OkrNotices notices;

	private final JdbcClient jdbc;

	KeyResultRevisions(ObjectiveReaders readers, ObjectiveQueries queries, KeyResultStore store, OkrCycles cycles,
			CheckIns checkIns, GoalProgress progress, OkrHistory history, OkrNotices notices, JdbcClient jdbc) {
		this.readers = readers;
		this.queries = queries;
		this.store = store;
		this.cycles = cycles;
		this.checkIns = checkIns;
		this.progress = progress;
		this.history = history;
		this.notices = notices;
		this.jdbc = jdbc;
	}

	public RevisionView propose(CurrentUser user, UUID keyResultId, RevisionRequest request) {
		UUID tenant = user.tenant();
		UUID objectiveId = objectiveOf(tenant, keyResultId);
		ObjectiveQueries.Row objective = readers.manageable(user, objectiveId);
		OkrCycle cycle = cycles.get(tenant, objective.cycleId());
		if (objective.reviewState() != ReviewState.APPROVED || cycle.phase() != CyclePhase.ACTIVE) {
			throw BusinessRuleException.conflict("okr.revision.not-active", "keyResultId");
		}
		if (pending(tenant, keyResultId) != null) {
			throw BusinessRuleException.conflict("okr.revision.pending", "keyResultId");
		}
		KeyResultDraft draft = request.keyResult();
		String problem = KeyResultRules.problemWith(draft.type(), draft.direction(), draft.start(), draft.target());
		if (problem != null) {
			throw BusinessRuleException.invalid("okr.kr." + problem, "keyResult", draft.title());
		}
		LocalDate from = request.effectiveFrom() == null ? cycles.today(tenant) : request.effectiveFrom();
		if (!from.isAfter(cycle.startsOn()) || from.isAfter(cycle.endsOn())) {
			throw BusinessRuleException.invalid("okr.revision.effective-outside", "effectiveFrom", cycle.startsOn(),
					cycle.endsOn());
		}
		int number = jdbc.sql("select max(number) from okr_key_result_version where tenant_id = :tenant and key_result_id = :kr")
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.query(Integer.class)
			.single() + 1;
		store.insertVersion(tenant, keyResultId, number, draft, "PROPOSED", from, request.reason().strip(),
				user.userId());
		if (request.currentValue() != null && draft.type() == KeyResultType.METRIC) {
			jdbc.sql("""
					update okr_key_result_version set last_value = :value, progress = :progress
					where tenant_id = :tenant and key_result_id = :kr and number = :number
					""")
				.param("value", request.currentValue())
				.param("progress", KeyResultRules.progress(draft.type(), draft.start(), draft.target(),
						request.currentValue(), false, cycle.progressCap()))
				.param("tenant", tenant)
				.param("kr", keyResultId)
				.param("number", number)
				.update();
		}
		history.record(user, objectiveId, keyResultId, "REVISION_PROPOSED", null, "v" + number, request.reason().strip());
		notices.revisionProposed(user, readers.view(user, objectiveId));
		return versions(user, keyResultId).get(number - 1);
	}

	/** The reviewer approves (the new version is in force from its date) or declines with a note. */
	public RevisionView decide(CurrentUser user, UUID keyResultId, int number, boolean approve, String note) {
		UUID tenant = user.tenant();
		UUID objectiveId = objectiveOf(tenant, keyResultId);
		ObjectiveQueries.Row objective = readers.reviewable(user, objectiveId);
		OkrCycle cycle = cycles.get(tenant, objective.cycleId());
		if (cycle.isClosed()) {
			throw BusinessRuleException.conflict("okr.cycle.closed", "cycleId", cycle.name());
		}
		Integer pending = pending(tenant, keyResultId);
		if (pending == null || pending != number) {
			throw BusinessRuleException.conflict("okr.revision.not-pending", "number");
		}
		if (!approve && (note == null || note.isBlank())) {
			throw BusinessRuleException.invalid("okr.revision.decline-reason.required", "note");
		}
		jdbc.sql("""
				update okr_key_result_version set state = :state, decided_by = :by, decided_at = :at, decision_note = :note
				where tenant_id = :tenant and key_result_id = :kr and number = :number
				""")
			.param("state", approve ? "APPROVED" : "DECLINED")
			.param("by", user.userId())
			.param("at", Timestamp.from(Instant.now()))
			.param("note", Objectives.blankToNull(note))
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.param("number", number)
			.update();
		if (approve) {
			RevisionView version = versions(user, keyResultId).get(number - 1);
			jdbc.sql("update okr_key_result set current_version = :number where tenant_id = :tenant and goal_id = :kr")
				.param("number", number)
				.param("tenant", tenant)
				.param("kr", keyResultId)
				.update();
			jdbc.sql("update goal set title = :title, updated_at = current_timestamp where tenant_id = :tenant and id = :kr")
				.param("title", version.title())
				.param("tenant", tenant)
				.param("kr", keyResultId)
				.update();
			BigDecimal overall = checkIns.overallProgress(tenant, keyResultId, number, version.progress(), cycle,
					cycles.today(tenant));
			progress.updateOwn(tenant, Map.of(keyResultId, overall));
		}
		history.record(user, objectiveId, keyResultId, approve ? "REVISION_APPROVED" : "REVISION_DECLINED",
				"v" + number, approve ? "v" + number : null, Objectives.blankToNull(note));
		notices.revisionDecided(user, readers.view(user, objectiveId), approve);
		return versions(user, keyResultId).get(number - 1);
	}

	/** Every version of a key result, first to last. */
	@Transactional(readOnly = true)
	public List<RevisionView> versions(CurrentUser user, UUID keyResultId) {
		readers.readable(user, objectiveOf(user.tenant(), keyResultId));
		return jdbc.sql("select * from okr_key_result_version where tenant_id = :tenant and key_result_id = :kr order by number")
			.param("tenant", user.tenant())
			.param("kr", keyResultId)
			.query((rs, row) -> {
				String direction = rs.getString("direction");
				Timestamp decided = rs.getTimestamp("decided_at");
				return new RevisionView(rs.getInt("number"), rs.getString("title"),
						KeyResultType.valueOf(rs.getString("kr_type")),
						direction == null ? null : Direction.valueOf(direction), rs.getBigDecimal("start_value"),
						rs.getBigDecimal("target_value"), rs.getString("unit"), rs.getBigDecimal("last_value"),
						rs.getBigDecimal("progress"), rs.getString("state"),
						rs.getObject("effective_from", LocalDate.class), rs.getString("reason"),
						rs.getTimestamp("proposed_at").toInstant(), decided == null ? null : decided.toInstant(),
						rs.getString("decision_note"));
			})
			.list();
	}

	private Integer pending(UUID tenant, UUID keyResultId) {
		return jdbc.sql("select min(number) from okr_key_result_version where tenant_id = :tenant "
				+ "and key_result_id = :kr and state = 'PROPOSED'")
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private UUID objectiveOf(UUID tenant, UUID keyResultId) {
		return queries.objectiveOf(tenant, keyResultId)
			.orElseThrow(() -> new NotFoundException("okr_key_result", keyResultId));
	}

}
