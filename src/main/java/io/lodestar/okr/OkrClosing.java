package io.lodestar.okr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalVisibility;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * The end of a cycle: owners score each key result 0.0-1.0 (suggested from progress; a different score needs a
 * reason) and reflect on each objective with a carry-over decision; HR closes the cycle, which locks every
 * objective and turns "carry over" decisions into drafts in the next cycle. Reopening needs HR and a reason.
 */
@Service
@Transactional
public class OkrClosing {

	private static final BigDecimal TENTH = new BigDecimal("0.1");

	private final ObjectiveReaders readers;

	private final ObjectiveQueries queries;

	private final Objectives objectives;

	private final OkrCycles cycles;

	private final OkrHistory history;

	private final io.lodestar.platform.audit.AuditTrail audit;

	private final JdbcClient jdbc;

	OkrClosing(ObjectiveReaders readers, ObjectiveQueries queries, Objectives objectives, OkrCycles cycles,
			OkrHistory history, io.lodestar.platform.audit.AuditTrail audit, JdbcClient jdbc) {
		this.audit = audit;
		this.readers = readers;
		this.queries = queries;
		this.objectives = objectives;
		this.cycles = cycles;
		this.history = history;
		this.jdbc = jdbc;
	}

	/** Scores a key result in the closing phase; a score other than the suggested one needs a reason. */
	public KeyResultView score(CurrentUser user, UUID keyResultId, BigDecimal score, String reason) {
		UUID tenant = user.tenant();
		UUID objectiveId = queries.objectiveOf(tenant, keyResultId)
			.orElseThrow(() -> new io.lodestar.platform.web.NotFoundException("okr_key_result", keyResultId));
		ObjectiveQueries.Row objective = readers.manageable(user, objectiveId);
		OkrCycle cycle = cycles.get(tenant, objective.cycleId());
		if (cycle.phase() != CyclePhase.CLOSING || objective.reviewState() != ReviewState.APPROVED) {
			throw BusinessRuleException.conflict("okr.score.not-closing", "score", cycle.name());
		}
		if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0
				|| score.remainder(TENTH).signum() != 0) {
			throw BusinessRuleException.invalid("okr.score.range", "score");
		}
		KeyResultView kr = readers.view(user, objectiveId).keyResults().stream()
			.filter(view -> view.id().equals(keyResultId))
			.findFirst()
			.orElseThrow();
		String why = Objectives.blankToNull(reason);
		if (score.compareTo(kr.suggestedScore()) != 0 && why == null) {
			throw BusinessRuleException.invalid("okr.score.reason.required", "reason", kr.suggestedScore());
		}
		jdbc.sql("update okr_key_result set score = :score, score_reason = :reason where tenant_id = :tenant and goal_id = :kr")
			.param("score", score.setScale(2))
			.param("reason", why)
			.param("tenant", tenant)
			.param("kr", keyResultId)
			.update();
		history.record(user, objectiveId, keyResultId, "SCORED", kr.score(), score.setScale(1), why);
		return readers.view(user, objectiveId).keyResults().stream()
			.filter(view -> view.id().equals(keyResultId))
			.findFirst()
			.orElseThrow();
	}

	/** The owner's reflection and carry-over decision; in the closing phase. */
	public ObjectiveView reflect(CurrentUser user, UUID objectiveId, Reflection reflection) {
		ObjectiveQueries.Row objective = readers.manageable(user, objectiveId);
		OkrCycle cycle = cycles.get(user.tenant(), objective.cycleId());
		if (cycle.phase() != CyclePhase.CLOSING) {
			throw BusinessRuleException.conflict("okr.score.not-closing", "carryOver", cycle.name());
		}
		jdbc.sql("""
				update okr_objective set went_well = :well, went_badly = :badly, reasons = :reasons, carry_over = :carry,
				    version = version + 1
				where tenant_id = :tenant and goal_id = :id
				""")
			.param("well", Objectives.blankToNull(reflection.wentWell()))
			.param("badly", Objectives.blankToNull(reflection.wentBadly()))
			.param("reasons", Objectives.blankToNull(reflection.reasons()))
			.param("carry", reflection.carryOver() == null ? null : reflection.carryOver().name())
			.param("tenant", user.tenant())
			.param("id", objectiveId)
			.update();
		history.record(user, objectiveId, null, "REFLECTED", null, reflection.carryOver(), null);
		return readers.view(user, objectiveId);
	}

	/**
	 * Closes the cycle (HR): objectives and key results are locked, and objectives to carry over are drafted in
	 * the next cycle with their key results (start values moved to where they ended). Needs the next cycle when
	 * anything is carried over.
	 */
	public OkrCycle close(CurrentUser user, UUID cycleId) {
		OkrCycles.requireHr(user);
		UUID tenant = user.tenant();
		OkrCycle cycle = cycles.get(tenant, cycleId);
		if (cycle.isClosed()) {
			throw BusinessRuleException.conflict("okr.cycle.closed", "phase", cycle.name());
		}
		List<ObjectiveView> all = readers.list(user, cycleId, null, null);
		List<ObjectiveView> carried = all.stream().filter(o -> o.carryOver() == CarryOver.CARRY).toList();
		OkrCycle next = null;
		if (!carried.isEmpty()) {
			next = cycles.next(tenant, cycle)
				.filter(OkrCycle::acceptsDrafts)
				.orElseThrow(() -> BusinessRuleException.conflict("okr.cycle.next-needed", "phase", cycle.name()));
			for (ObjectiveView objective : carried) {
				carryOver(user, objective, next);
			}
		}
		for (ObjectiveView objective : all) {
			objectives.setGoalStatus(tenant, objective.id(), GoalStatus.CLOSED);
		}
		cycles.setPhase(tenant, cycleId, CyclePhase.CLOSED);
		jdbc.sql("update okr_cycle set closed_at = current_timestamp, closed_by = :by where tenant_id = :tenant and id = :id")
			.param("by", user.userId())
			.param("tenant", tenant)
			.param("id", cycleId)
			.update();
		OkrCycle closed = cycles.get(tenant, cycleId);
		audit.record("CLOSE", "okr_cycle", cycleId, OkrCycles.auditState(cycle), OkrCycles.auditState(closed));
		return closed;
	}

	/** Reopens a closed cycle for corrections (HR, with a reason): back to closing, objectives active again. */
	public OkrCycle reopen(CurrentUser user, UUID cycleId, String reason) {
		OkrCycles.requireHr(user);
		UUID tenant = user.tenant();
		OkrCycle cycle = cycles.get(tenant, cycleId);
		if (!cycle.isClosed()) {
			throw BusinessRuleException.conflict("okr.cycle.not-closed", "phase", cycle.name());
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.invalid("okr.cycle.reopen-reason.required", "reason");
		}
		for (ObjectiveView objective : readers.list(user, cycleId, null, null)) {
			if (objective.reviewState() == ReviewState.APPROVED) {
				objectives.setGoalStatus(tenant, objective.id(), GoalStatus.ACTIVE);
			}
			else {
				objectives.setGoalStatus(tenant, objective.id(), GoalStatus.DRAFT);
			}
			history.record(user, objective.id(), null, "CYCLE_REOPENED", CyclePhase.CLOSED, CyclePhase.CLOSING,
					reason.strip());
		}
		cycles.setPhase(tenant, cycleId, CyclePhase.CLOSING);
		OkrCycle reopened = cycles.get(tenant, cycleId);
		java.util.Map<String, Object> after = new java.util.LinkedHashMap<>(OkrCycles.auditState(reopened));
		after.put("reason", reason.strip());
		audit.record("REOPEN", "okr_cycle", cycleId, OkrCycles.auditState(cycle), after);
		return reopened;
	}

	private void carryOver(CurrentUser user, ObjectiveView objective, OkrCycle next) {
		List<KeyResultDraft> krs = new ArrayList<>();
		for (KeyResultView kr : objective.keyResults()) {
			// unfinished metrics go on from where they ended
			boolean partway = kr.type() == KeyResultType.METRIC && kr.current() != null && kr.progress().signum() > 0
					&& kr.progress().compareTo(BigDecimal.ONE) < 0;
			BigDecimal start = partway ? kr.current() : kr.start();
			krs.add(new KeyResultDraft(null, kr.title(), kr.type(), kr.direction(), start, kr.target(), kr.unit(),
					kr.weight()));
		}
		ObjectiveView draft = objectives.draft(user, new ObjectiveDraft(next.id(), objective.ownerType(),
				objective.ownerId(), objective.title(), objective.why(),
				objective.visibility() == null ? GoalVisibility.PUBLIC : objective.visibility(),
				objective.includeChildObjectives(), krs, null));
		jdbc.sql("update okr_objective set carried_from_goal_id = :from where tenant_id = :tenant and goal_id = :id")
			.param("from", objective.id())
			.param("tenant", user.tenant())
			.param("id", draft.id())
			.update();
		jdbc.sql("update okr_objective set carried_to_goal_id = :to where tenant_id = :tenant and goal_id = :id")
			.param("to", draft.id())
			.param("tenant", user.tenant())
			.param("id", objective.id())
			.update();
	}

}
