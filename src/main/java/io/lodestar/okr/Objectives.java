package io.lodestar.okr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalChange;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalProgress;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.ProgressDriver;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Objectives and their key results: drafting (by the owner: an employee for themselves, a unit's head, an
 * executive for the company), editing while a draft, submitting (1-5 key results whose weights make exactly
 * 100 %), and the review: approve, or return with a reason. Alignment to the goal they contribute to goes
 * through the goal graph. Every change carries the version its writer saw: a stale one is a conflict (409),
 * and the web form keeps what the second writer typed.
 */
@Service
@Transactional
public class Objectives {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ObjectiveQueries queries;

	private final ObjectiveReaders readers;

	private final KeyResultStore keyResults;

	private final GoalManagement goals;

	private final GoalProgress progress;

	private final OkrCycles cycles;

	private final PeopleDirectory people;

	private final OkrHistory history;

	private final OkrNotices notices;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Objectives(ObjectiveQueries queries, ObjectiveReaders readers, KeyResultStore keyResults, GoalManagement goals,
			GoalProgress progress, OkrCycles cycles, PeopleDirectory people, OkrHistory history, OkrNotices notices,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.queries = queries;
		this.readers = readers;
		this.keyResults = keyResults;
		this.goals = goals;
		this.progress = progress;
		this.cycles = cycles;
		this.people = people;
		this.history = history;
		this.notices = notices;
		this.jdbc = jdbc;
	}

	/** Drafts an objective with its key results (weights may not make 100 % yet: that is only a warning). */
	public ObjectiveView draft(CurrentUser user, ObjectiveDraft request) {
		UUID tenant = user.tenant();
		OkrCycle cycle = cycles.get(tenant, request.cycleId());
		if (!cycle.acceptsDrafts()) {
			throw BusinessRuleException.conflict("okr.objective.cycle-not-drafting", "cycleId", cycle.name());
		}
		checkMode(tenant, request.ownerType(), request.ownerId());
		// before the title check: whether someone else's objective has this title is not for everyone to learn
		goals.requireMaySet(user, GoalKind.OBJECTIVE, request.ownerType(), request.ownerId());
		checkKeyResults(request.keyResults());
		checkTitleFree(tenant, cycle.id(), request, null);
		GoalVisibility visibility = request.visibility() == null ? GoalVisibility.PUBLIC : request.visibility();
		UUID id = goals.createOkrNode(user, new NewGoal(GoalKind.OBJECTIVE, request.title(), request.why(),
				request.ownerType(), request.ownerId(), cycle.periodId(), null, null, driver(request),
				GoalStatus.DRAFT, visibility)).id();
		jdbc.sql("""
				insert into okr_objective (goal_id, tenant_id, cycle_id, review_state, include_child_objectives, version)
				values (:id, :tenant, :cycle, 'DRAFT', :children, 0)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("cycle", cycle.id())
			.param("children", request.countsChildObjectives())
			.update();
		history.record(user, id, null, "DRAFTED", null, ReviewState.DRAFT, null);
		int position = 0;
		for (KeyResultDraft draft : request.keyResults()) {
			keyResults.add(user, id, request.ownerType(), request.ownerId(), cycle, visibility, draft, position++);
		}
		return get(user, id);
	}

	/** Changes a draft (or returned) objective and its key results: added, changed, removed, reordered. */
	public ObjectiveView edit(CurrentUser user, UUID id, ObjectiveDraft request) {
		UUID tenant = user.tenant();
		ObjectiveQueries.Row row = readers.manageable(user, id);
		checkVersion(row, request.version());
		if (!row.reviewState().editable()) {
			throw BusinessRuleException.conflict("okr.objective.not-editable", "reviewState");
		}
		OkrCycle cycle = cycles.get(tenant, row.cycleId());
		if (!cycle.acceptsDrafts()) {
			throw BusinessRuleException.conflict("okr.objective.cycle-not-drafting", "cycleId", cycle.name());
		}
		checkKeyResults(request.keyResults());
		checkTitleFree(tenant, cycle.id(), new ObjectiveDraft(cycle.id(), row.ownerType(), row.ownerId(),
				request.title(), null, null, null, request.keyResults(), null), id);
		GoalVisibility visibility = request.visibility() == null ? row.visibility() : request.visibility();
		goals.updateOkrNode(user, id, new GoalChange(request.title(), request.why(), null, driver(request), visibility, null));
		jdbc.sql("update okr_objective set include_child_objectives = :children where tenant_id = :tenant and goal_id = :id")
			.param("children", request.countsChildObjectives())
			.param("tenant", tenant)
			.param("id", id)
			.update();
		List<ObjectiveQueries.KeyResultRow> existing = queries.keyResults(tenant, List.of(id)).getOrDefault(id, List.of());
		Set<UUID> kept = new java.util.HashSet<>();
		int position = 0;
		for (KeyResultDraft draft : request.keyResults()) {
			if (draft.id() == null) {
				keyResults.add(user, id, row.ownerType(), row.ownerId(), cycle, visibility, draft, position++);
				continue;
			}
			if (existing.stream().noneMatch(kr -> kr.id().equals(draft.id()))) {
				throw BusinessRuleException.invalid("okr.kr.unknown", "keyResults[" + position + "].id");
			}
			kept.add(draft.id());
			keyResults.change(user, draft.id(), draft, visibility, position++);
		}
		for (ObjectiveQueries.KeyResultRow kr : existing) {
			if (!kept.contains(kr.id())) {
				keyResults.remove(user, id, kr.id());
			}
		}
		progress.recompute(tenant, List.of(id));
		bumpVersion(tenant, id, row.version());
		history.record(user, id, null, "EDITED", null, null, null);
		return get(user, id);
	}

	/** Sends the objective to its reviewer: 1-5 key results, weights exactly 100 %. */
	public ObjectiveView submit(CurrentUser user, UUID id, Long version) {
		ObjectiveQueries.Row row = readers.manageable(user, id);
		checkVersion(row, version);
		if (!row.reviewState().editable()) {
			throw BusinessRuleException.conflict("okr.objective.not-editable", "reviewState");
		}
		List<ObjectiveQueries.KeyResultRow> krs = queries.keyResults(user.tenant(), List.of(id)).getOrDefault(id, List.of());
		if (krs.isEmpty() || krs.size() > 5) {
			throw BusinessRuleException.invalid("okr.objective.key-results.count", "keyResults");
		}
		BigDecimal sum = krs.stream().map(ObjectiveQueries.KeyResultRow::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(HUNDRED) != 0) {
			throw BusinessRuleException.invalid("okr.objective.weights-not-hundred", "keyResults",
					sum.stripTrailingZeros().toPlainString());
		}
		moveReview(user, row, ReviewState.SUBMITTED, null);
		notices.submitted(user, readers.view(user, id));
		return get(user, id);
	}

	/** The reviewer approves: the objective and its key results become active, version 1 in force from the start. */
	public ObjectiveView approve(CurrentUser user, UUID id, Long version, String note) {
		ObjectiveQueries.Row row = readers.reviewable(user, id);
		checkVersion(row, version);
		if (row.reviewState() != ReviewState.SUBMITTED) {
			throw BusinessRuleException.conflict("okr.objective.not-submitted", "reviewState");
		}
		OkrCycle cycle = cycles.get(user.tenant(), row.cycleId());
		keyResults.approveFirstVersions(user.tenant(), id, cycle.startsOn());
		setGoalStatus(user.tenant(), id, GoalStatus.ACTIVE);
		moveReview(user, row, ReviewState.APPROVED, blankToNull(note));
		events.publishEvent(new ObjectiveApproved(user.tenant(), id, row.cycleId(), row.ownerType().name(),
				row.ownerId()));
		notices.decided(user, readers.view(user, id), true, note);
		return get(user, id);
	}

	/** The reviewer returns the objective to its owner with a reason. */
	public ObjectiveView returnToOwner(CurrentUser user, UUID id, Long version, String reason) {
		ObjectiveQueries.Row row = readers.reviewable(user, id);
		checkVersion(row, version);
		if (row.reviewState() != ReviewState.SUBMITTED) {
			throw BusinessRuleException.conflict("okr.objective.not-submitted", "reviewState");
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.invalid("okr.objective.return-reason.required", "reason");
		}
		moveReview(user, row, ReviewState.RETURNED, reason.strip());
		notices.decided(user, readers.view(user, id), false, reason.strip());
		return get(user, id);
	}

	/**
	 * Aligns the objective: it contributes to one objective, key result, KPI or strategic goal (null: to none),
	 * with a weight among that goal's contributors.
	 */
	public ObjectiveView align(CurrentUser user, UUID id, UUID parentId, BigDecimal weight) {
		ObjectiveQueries.Row row = readers.manageable(user, id);
		if (cycles.get(user.tenant(), row.cycleId()).isClosed()) {
			throw BusinessRuleException.conflict("okr.cycle.closed", "cycleId", "");
		}
		if (parentId != null) {
			GoalKind kind = goals.get(user, parentId).kind();
			if (parentId.equals(id) || queries.objectiveOf(user.tenant(), parentId).filter(id::equals).isPresent()) {
				throw BusinessRuleException.conflict("goals.link.cycle", "parentId", row.title());
			}
			if (kind != GoalKind.OBJECTIVE && kind != GoalKind.KEY_RESULT && kind != GoalKind.KPI
					&& kind != GoalKind.STRATEGY) {
				throw BusinessRuleException.invalid("okr.objective.parent-kind", "parentId");
			}
		}
		goals.contribute(user, id, parentId, weight);
		history.record(user, id, null, parentId == null ? "UNALIGNED" : "ALIGNED", null, null, null);
		return get(user, id);
	}

	@Transactional(readOnly = true)
	public ObjectiveView get(CurrentUser user, UUID id) {
		return readers.view(user, id);
	}

	/** The objective a key result belongs to, if the user may see it. */
	@Transactional(readOnly = true)
	public ObjectiveView ofKeyResult(CurrentUser user, UUID keyResultId) {
		UUID objectiveId = queries.objectiveOf(user.tenant(), keyResultId)
			.orElseThrow(() -> new io.lodestar.platform.web.NotFoundException("okr_key_result", keyResultId));
		return get(user, objectiveId);
	}

	/** The objectives of a cycle the user may see, optionally of one owner. */
	@Transactional(readOnly = true)
	public List<ObjectiveView> list(CurrentUser user, UUID cycleId, OwnerType ownerType, UUID ownerId) {
		return readers.list(user, cycleId, ownerType, ownerId);
	}

	@Transactional(readOnly = true)
	public List<OkrEvent> history(CurrentUser user, UUID id) {
		readers.readable(user, id);
		return history.of(user.tenant(), id);
	}

	void moveReview(CurrentUser user, ObjectiveQueries.Row row, ReviewState to, String reason) {
		int changed = jdbc.sql("""
				update okr_objective set review_state = :state, version = version + 1
				where tenant_id = :tenant and goal_id = :id and version = :version
				""")
			.param("state", to.name())
			.param("tenant", user.tenant())
			.param("id", row.id())
			.param("version", row.version())
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("objective changed");
		}
		history.record(user, row.id(), null, to.name(), row.reviewState(), to, reason);
	}

	void bumpVersion(UUID tenant, UUID id, long seen) {
		int changed = jdbc.sql("update okr_objective set version = version + 1 "
				+ "where tenant_id = :tenant and goal_id = :id and version = :version")
			.param("tenant", tenant)
			.param("id", id)
			.param("version", seen)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("objective changed");
		}
	}

	void setGoalStatus(UUID tenant, UUID objectiveId, GoalStatus status) {
		jdbc.sql("""
				update goal set status = :status, updated_at = current_timestamp
				where tenant_id = :tenant and status <> 'ARCHIVED' and (id = :id or id in
				    (select goal_id from okr_key_result where tenant_id = :tenant and objective_id = :id))
				""")
			.param("status", status.name())
			.param("tenant", tenant)
			.param("id", objectiveId)
			.update();
	}

	static void checkVersion(ObjectiveQueries.Row row, Long seen) {
		if (seen != null && seen != row.version()) {
			throw new OptimisticLockingFailureException("objective changed");
		}
	}

	private void checkMode(UUID tenant, OwnerType ownerType, UUID ownerId) {
		UUID unit = switch (ownerType) {
			case COMPANY -> null;
			case ORG_UNIT -> ownerId;
			case EMPLOYEE -> people.employee(tenant, ownerId).map(EmployeeSummary::orgUnitId).orElse(null);
		};
		if (!cycles.modeOf(tenant, unit).allowsOkr()) {
			throw BusinessRuleException.invalid("okr.objective.unit-kpi-only", "ownerId");
		}
	}

	/** One owner does not have two objectives of the same title in a cycle. */
	private void checkTitleFree(UUID tenant, UUID cycle, ObjectiveDraft request, UUID self) {
		boolean company = request.ownerType() == OwnerType.COMPANY;
		long same = jdbc.sql("""
				select count(*) from okr_objective o join goal g on g.tenant_id = o.tenant_id and g.id = o.goal_id
				where o.tenant_id = :tenant and o.cycle_id = :cycle and g.owner_type = :ownerType
				  and lower(g.title) = lower(:title) and g.status <> 'ARCHIVED' and o.goal_id <> :self
				""" + (company ? " and g.owner_id is null" : " and g.owner_id = :owner"))
			.param("tenant", tenant)
			.param("cycle", cycle)
			.param("ownerType", request.ownerType().name())
			.param("owner", company ? new UUID(0, 0) : request.ownerId())
			.param("title", request.title().strip())
			.param("self", self == null ? new UUID(0, 0) : self)
			.query(Long.class)
			.single();
		if (same > 0) {
			throw BusinessRuleException.conflict("okr.objective.title.taken", "title", request.title().strip());
		}
	}

	private static void checkKeyResults(List<KeyResultDraft> drafts) {
		if (drafts == null || drafts.isEmpty() || drafts.size() > 5) {
			throw BusinessRuleException.invalid("okr.objective.key-results.count", "keyResults");
		}
		java.util.Set<String> titles = new java.util.HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			if (!titles.add(drafts.get(i).title().strip().toLowerCase(java.util.Locale.ROOT))) {
				throw BusinessRuleException.invalid("okr.kr.title.duplicate", "keyResults[" + i + "].title",
						drafts.get(i).title().strip());
			}
		}
		for (int i = 0; i < drafts.size(); i++) {
			KeyResultDraft draft = drafts.get(i);
			String problem = KeyResultRules.problemWith(draft.type(), draft.direction(), draft.start(), draft.target());
			if (problem != null) {
				throw BusinessRuleException.invalid("okr.kr." + problem, "keyResults[" + i + "]", draft.title());
			}
		}
	}

	private static ProgressDriver driver(ObjectiveDraft request) {
		return request.countsChildObjectives() ? ProgressDriver.CHILDREN : ProgressDriver.KEY_RESULTS;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Weights that make exactly 100: the given ones scaled, the rounding residue on the largest. */
	static List<BigDecimal> normalised(List<BigDecimal> weights) {
		BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		List<BigDecimal> result = new ArrayList<>();
		if (sum.signum() == 0) {
			weights.forEach(w -> result.add(HUNDRED.divide(BigDecimal.valueOf(weights.size()), 2,
					java.math.RoundingMode.DOWN)));
		}
		else {
			weights.forEach(w -> result.add(w.multiply(HUNDRED).divide(sum, 2, java.math.RoundingMode.DOWN)));
		}
		BigDecimal residue = HUNDRED.subtract(result.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		int largest = 0;
		for (int i = 1; i < result.size(); i++) {
			if (result.get(i).compareTo(result.get(largest)) > 0) {
				largest = i;
			}
		}
		if (!result.isEmpty()) {
			result.set(largest, result.get(largest).add(residue));
		}
		return result;
	}

}
