package io.lodestar.okr;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalChange;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalProgress;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.ProgressDriver;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Key results of drafted objectives: each is a goal contributing to its objective with its weight, an
 * {@code okr_key_result} row, and its first version (DRAFT until the objective is approved).
 */
@Component
class KeyResultStore {

	private final GoalManagement goals;

	private final GoalProgress progress;

	private final OkrHistory history;

	private final JdbcClient jdbc;

	KeyResultStore(GoalManagement goals, GoalProgress progress, OkrHistory history, JdbcClient jdbc) {
		this.goals = goals;
		this.progress = progress;
		this.history = history;
		this.jdbc = jdbc;
	}

	UUID add(CurrentUser user, UUID objectiveId, OwnerType ownerType, UUID ownerId, OkrCycle cycle,
			GoalVisibility visibility, KeyResultDraft draft, int position) {
		UUID tenant = user.tenant();
		UUID id = goals.createOkrNode(user, new NewGoal(GoalKind.KEY_RESULT, draft.title(), null, ownerType, ownerId,
				cycle.periodId(), objectiveId, draft.weight(), ProgressDriver.OWN, GoalStatus.DRAFT, visibility)).id();
		jdbc.sql("""
				insert into okr_key_result (goal_id, tenant_id, objective_id, position, current_version, status,
				    status_set_by_hand, version)
				values (:id, :tenant, :objective, :position, 1, 'ON_TRACK', false, 0)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("objective", objectiveId)
			.param("position", position)
			.update();
		insertVersion(tenant, id, 1, draft, "DRAFT", null, null, user.userId());
		history.record(user, objectiveId, id, "KR_ADDED", null, null, null);
		return id;
	}

	void insertVersion(UUID tenant, UUID keyResultId, int number, KeyResultDraft draft, String state,
			LocalDate effectiveFrom, String reason, UUID proposedBy) {
		jdbc.sql("""
				insert into okr_key_result_version (tenant_id, key_result_id, number, title, kr_type, direction,
				    start_value, target_value, unit, done, progress, state, effective_from, reason, proposed_by,
				    proposed_at)
				values (:tenant, :kr, :number, :title, :type, :direction, :start, :target, :unit, false, 0, :state,
				    :from, :reason, :by, :at)
				""")
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.param("number", number)
			.param("title", draft.title().strip())
			.param("type", draft.type().name())
			.param("direction", draft.direction() == null ? null : draft.direction().name())
			.param("start", draft.start())
			.param("target", draft.target())
			.param("unit", Objectives.blankToNull(draft.unit()))
			.param("state", state)
			.param("from", effectiveFrom)
			.param("reason", reason)
			.param("by", proposedBy)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/** Changes a key result that has not been approved yet (its first version, in place). */
	void change(CurrentUser user, UUID id, KeyResultDraft draft, GoalVisibility visibility, int position) {
		UUID tenant = user.tenant();
		goals.updateOkrNode(user, id, new GoalChange(draft.title(), null, draft.weight(), null, visibility, null));
		jdbc.sql("update okr_key_result set position = :position where tenant_id = :tenant and goal_id = :id")
			.param("position", position)
			.param("tenant", tenant)
			.param("id", id)
			.update();
		jdbc.sql("""
				update okr_key_result_version set title = :title, kr_type = :type, direction = :direction,
				    start_value = :start, target_value = :target, unit = :unit
				where tenant_id = :tenant and key_result_id = :id and number = 1 and state = 'DRAFT'
				""")
			.param("title", draft.title().strip())
			.param("type", draft.type().name())
			.param("direction", draft.direction() == null ? null : draft.direction().name())
			.param("start", draft.start())
			.param("target", draft.target())
			.param("unit", Objectives.blankToNull(draft.unit()))
			.param("tenant", tenant)
			.param("id", id)
			.update();
	}

	/** Removes a key result of a draft; refused while other goals contribute to it. */
	void remove(CurrentUser user, UUID objectiveId, UUID id) {
		UUID tenant = user.tenant();
		long contributors = jdbc.sql("select count(*) from goal where tenant_id = :tenant and parent_id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(Long.class)
			.single();
		if (contributors > 0) {
			throw BusinessRuleException.conflict("okr.kr.has-contributors", "keyResults");
		}
		Map<String, Object> keys = new HashMap<>();
		keys.put("tenant", tenant);
		keys.put("id", id);
		for (String statement : List.of(
				"update okr_comment set key_result_id = null where tenant_id = :tenant and key_result_id = :id",
				"delete from goal_support where tenant_id = :tenant and (goal_id = :id or supported_goal_id = :id)",
				"delete from okr_key_result_version where tenant_id = :tenant and key_result_id = :id",
				"delete from okr_key_result where tenant_id = :tenant and goal_id = :id",
				"delete from goal where tenant_id = :tenant and id = :id")) {
			jdbc.sql(statement).params(keys).update();
		}
		history.record(user, objectiveId, null, "KR_REMOVED", null, null, null);
	}

	/** At approval: every first version is in force from the cycle's start, and progress starts at 0. */
	void approveFirstVersions(UUID tenant, UUID objectiveId, LocalDate from) {
		List<UUID> ids = jdbc.sql("select goal_id from okr_key_result where tenant_id = :tenant and objective_id = :o")
			.param("tenant", tenant)
			.param("o", objectiveId)
			.query(UUID.class)
			.list();
		jdbc.sql("""
				update okr_key_result_version set state = 'APPROVED', effective_from = :from, decided_at = :at
				where tenant_id = :tenant and state = 'DRAFT' and key_result_id in
				    (select goal_id from okr_key_result where tenant_id = :tenant and objective_id = :o)
				""")
			.param("from", from)
			.param("at", Timestamp.from(Instant.now()))
			.param("tenant", tenant)
			.param("o", objectiveId)
			.update();
		Map<UUID, BigDecimal> zero = new HashMap<>();
		ids.forEach(id -> zero.put(id, BigDecimal.ZERO.setScale(KeyResultRules.SCALE)));
		progress.updateOwn(tenant, zero);
	}

}
