package io.lodestar.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Creates and shapes the goal graph: goals for the company, org units and employees, the one goal each
 * contributes to (no cycles; the parent's period contains the child's), and "supports" links. Every method
 * takes the signed-in user and applies {@link GoalAccess}.
 */
@Service
@Transactional
public class GoalManagement {

	private final GoalRepository goals;

	private final GoalQueries queries;

	private final GoalViews views;

	private final GoalAccess access;

	private final GoalProgress progress;

	private final PeriodCalendar calendar;

	private final PeopleDirectory people;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final org.springframework.beans.factory.ObjectProvider<GoalModes> modes;

	private final ApplicationEventPublisher events;

	GoalManagement(GoalRepository goals, GoalQueries queries, GoalViews views, GoalAccess access,
			GoalProgress progress, PeriodCalendar calendar, PeopleDirectory people, JdbcClient jdbc, AuditTrail audit,
			org.springframework.beans.factory.ObjectProvider<GoalModes> modes, ApplicationEventPublisher events) {
		this.modes = modes;
		this.goals = goals;
		this.queries = queries;
		this.views = views;
		this.access = access;
		this.progress = progress;
		this.calendar = calendar;
		this.people = people;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	public GoalView create(CurrentUser user, NewGoal request) {
		if (request.kind() == GoalKind.OBJECTIVE || request.kind() == GoalKind.KEY_RESULT) {
			throw BusinessRuleException.invalid("goals.goal.kind-through-okr", "kind");
		}
		return createNode(user, request);
	}

	/** For the OKR module, which keeps what only objectives and key results have next to their goal. */
	public GoalView createOkrNode(CurrentUser user, NewGoal request) {
		return createNode(user, request);
	}

	/**
	 * Refuses a user who may not set goals of this kind for this owner, so that callers can check before anything
	 * else about the request (a duplicate title, say) is revealed.
	 */
	public void requireMaySet(CurrentUser user, GoalKind kind, OwnerType ownerType, UUID ownerId) {
		if (!access.scopeOf(user).canManage(kind, ownerType, ownerId)) {
			throw new AccessDeniedException("set goals for this owner");
		}
	}

	private GoalView createNode(CurrentUser user, NewGoal request) {
		UUID tenant = user.tenant();
		GoalAccess.Scope scope = access.scopeOf(user);
		checkOwner(tenant, request.kind(), request.ownerType(), request.ownerId());
		if (request.kind() == GoalKind.KPI) {
			checkKpisAllowed(tenant, request.ownerType(), request.ownerId());
		}
		if (!scope.canManage(request.kind(), request.ownerType(), request.ownerId())) {
			throw new AccessDeniedException("set goals for this owner");
		}
		Period period = calendar.get(tenant, request.periodId());
		Goal goal = goals.save(Goal.create(tenant, request, user.userId()));
		audit.record("CREATE", "goal", goal.id(), null, goal.auditState());
		if (request.parentId() != null) {
			attach(tenant, scope, goal, period, request.parentId(), request.weight());
		}
		return get(user, goal.id());
	}

	public GoalView update(CurrentUser user, UUID id, GoalChange change) {
		return change(user, notOkr(manageable(user, id)), change);
	}

	/** For the OKR module, which changes objectives and key results only as its review rules allow. */
	public GoalView updateOkrNode(CurrentUser user, UUID id, GoalChange change) {
		return change(user, manageable(user, id), change);
	}

	/** Objectives and key results change through the OKR module, which keeps their review state and history. */
	private static Goal notOkr(Goal goal) {
		if (goal.kind() == GoalKind.OBJECTIVE || goal.kind() == GoalKind.KEY_RESULT) {
			throw BusinessRuleException.invalid("goals.goal.kind-through-okr", "kind");
		}
		return goal;
	}

	private GoalView change(CurrentUser user, Goal goal, GoalChange change) {
		UUID tenant = user.tenant();
		UUID id = goal.id();
		if (change.version() != null && !change.version().equals(goal.version())) {
			throw new OptimisticLockingFailureException("goal changed");
		}
		Map<String, Object> before = goal.auditState();
		goal.change(change);
		goal = goals.save(goal);
		audit.record("UPDATE", "goal", id, before, goal.auditState());
		if (goal.parentId() != null) {
			progress.recompute(tenant, List.of(goal.parentId()));
		}
		progress.recompute(tenant, List.of(id));
		return get(user, id);
	}

	/** Archived goals stay for history but leave lists and their parent's progress. */
	public GoalView archive(CurrentUser user, UUID id, boolean archived) {
		Goal goal = notOkr(manageable(user, id));
		Map<String, Object> before = goal.auditState();
		goal.moveTo(archived ? GoalStatus.ARCHIVED : GoalStatus.ACTIVE);
		goal = goals.save(goal);
		audit.record(archived ? "ARCHIVE" : "RESTORE", "goal", id, before, goal.auditState());
		events.publishEvent(new GoalArchived(user.tenant(), id, archived));
		if (goal.parentId() != null) {
			progress.recompute(user.tenant(), List.of(goal.parentId()));
		}
		return get(user, id);
	}

	/**
	 * Makes {@code childId} contribute to {@code parentId} with a weight, replacing any earlier parent; a null
	 * parent detaches it. The caller must be able to set the child and to see the parent.
	 */
	public GoalView contribute(CurrentUser user, UUID childId, UUID parentId, BigDecimal weight) {
		UUID tenant = user.tenant();
		GoalAccess.Scope scope = access.scopeOf(user);
		Goal child = manageable(user, childId);
		UUID oldParent = child.parentId();
		if (parentId == null) {
			Map<String, Object> before = child.auditState();
			child.contributeTo(null, weight);
			child = goals.save(child);
			audit.record("UNLINK", "goal", childId, before, child.auditState());
		}
		else {
			attach(tenant, scope, child, calendar.get(tenant, child.periodId()), parentId, weight);
		}
		List<UUID> touched = new ArrayList<>();
		if (oldParent != null) {
			touched.add(oldParent);
		}
		if (parentId != null) {
			touched.add(parentId);
		}
		progress.recompute(tenant, touched);
		return get(user, childId);
	}

	private void attach(UUID tenant, GoalAccess.Scope scope, Goal child, Period childPeriod, UUID parentId,
			BigDecimal weight) {
		GoalQueries.Row parent = queries.one(tenant, parentId)
			.filter(row -> scope.canRead(row.kind(), row.ownerType(), row.ownerId(), row.visibility()))
			.orElseThrow(() -> BusinessRuleException.invalid("goals.link.parent-unknown", "parentId"));
		if (parent.status() == GoalStatus.ARCHIVED) {
			throw BusinessRuleException.invalid("goals.link.parent-archived", "parentId", parent.title());
		}
		if (queries.isSelfOrDescendant(tenant, child.id(), parentId)) {
			throw BusinessRuleException.conflict("goals.link.cycle", "parentId", parent.title());
		}
		Period parentPeriod = calendar.get(tenant, parent.periodId());
		if (!parentPeriod.contains(childPeriod)) {
			throw BusinessRuleException.invalid("goals.link.period-outside-parent", "parentId", parent.title());
		}
		Map<String, Object> before = child.auditState();
		child.contributeTo(parentId, weight);
		Goal saved = goals.save(child);
		audit.record("LINK", "goal", child.id(), before, saved.auditState());
	}

	/** A "supports" link: shown in the graph, never counted in progress. */
	public void support(CurrentUser user, UUID goalId, UUID supportedId, boolean supports) {
		UUID tenant = user.tenant();
		GoalAccess.Scope scope = access.scopeOf(user);
		manageable(user, goalId);
		GoalQueries.Row supported = queries.one(tenant, supportedId)
			.filter(row -> scope.canRead(row.kind(), row.ownerType(), row.ownerId(), row.visibility()))
			.orElseThrow(() -> BusinessRuleException.invalid("goals.link.parent-unknown", "supportedGoalId"));
		if (goalId.equals(supportedId)) {
			throw BusinessRuleException.invalid("goals.link.self", "supportedGoalId");
		}
		boolean exists = queries.supported(tenant, goalId).contains(supportedId);
		if (supports && !exists) {
			jdbc.sql("insert into goal_support (tenant_id, goal_id, supported_goal_id, created_at) "
					+ "values (:tenant, :goal, :supported, current_timestamp)")
				.param("tenant", tenant)
				.param("goal", goalId)
				.param("supported", supported.id())
				.update();
			audit.record("SUPPORT", "goal", goalId, null, Map.of("supports", supportedId.toString()));
		}
		else if (!supports && exists) {
			jdbc.sql("delete from goal_support where tenant_id = :tenant and goal_id = :goal and supported_goal_id = :s")
				.param("tenant", tenant)
				.param("goal", goalId)
				.param("s", supportedId)
				.update();
			audit.record("UNSUPPORT", "goal", goalId, Map.of("supports", supportedId.toString()), null);
		}
	}

	@Transactional(readOnly = true)
	public GoalView get(CurrentUser user, UUID id) {
		GoalAccess.Scope scope = access.scopeOf(user);
		return views.of(user.tenant(), readable(user.tenant(), scope, id), scope);
	}

	/** Goals the user may see, of a period and every period inside it. */
	@Transactional(readOnly = true)
	public List<GoalView> list(CurrentUser user, GoalFilter filter) {
		UUID tenant = user.tenant();
		GoalAccess.Scope scope = access.scopeOf(user);
		StringBuilder condition = new StringBuilder("1 = 1");
		Map<String, Object> parameters = new HashMap<>();
		if (filter.periodId() != null) {
			Period period = calendar.get(tenant, filter.periodId());
			condition.append(" and period_id in (:periods)");
			parameters.put("periods", calendar.year(tenant, period.fiscalYear())
				.stream()
				.filter(period::contains)
				.map(Period::id)
				.toList());
		}
		if (filter.ownerType() != null) {
			condition.append(" and owner_type = :ownerType");
			parameters.put("ownerType", filter.ownerType().name());
		}
		if (filter.ownerId() != null) {
			condition.append(" and owner_id = :ownerId");
			parameters.put("ownerId", filter.ownerId());
		}
		if (!filter.kinds().isEmpty()) {
			condition.append(" and kind in (:kinds)");
			parameters.put("kinds", filter.kinds().stream().map(Enum::name).toList());
		}
		if (!filter.includeArchived()) {
			condition.append(" and status <> 'ARCHIVED'");
		}
		List<GoalQueries.Row> rows = queries.where(tenant, condition.toString(), parameters)
			.stream()
			.filter(row -> scope.canRead(row.kind(), row.ownerType(), row.ownerId(), row.visibility()))
			.toList();
		return views.of(tenant, rows, scope);
	}

	/**
	 * Where a goal lands: its ancestors up to the top, nearest first. Ancestors the caller may not read in
	 * full (a manager's personal KPI) are shown with their title only: no progress.
	 */
	@Transactional(readOnly = true)
	public List<GoalView> ancestry(CurrentUser user, UUID id) {
		UUID tenant = user.tenant();
		GoalAccess.Scope scope = access.scopeOf(user);
		readable(tenant, scope, id);
		List<GoalQueries.Row> rows = queries.ancestors(tenant, id)
			.stream()
			.map(row -> scope.canRead(row.kind(), row.ownerType(), row.ownerId(), row.visibility()) ? row
					: new GoalQueries.Row(row.id(), row.kind(), row.title(), null, row.ownerType(), row.ownerId(),
							row.periodId(), row.parentId(), row.weight(), row.driver(), null, null, row.status(),
							row.visibility(), null))
			.toList();
		return views.of(tenant, rows, scope);
	}

	@Transactional(readOnly = true)
	public List<GoalView> children(CurrentUser user, UUID id) {
		UUID tenant = user.tenant();
		GoalAccess.Scope scope = access.scopeOf(user);
		readable(tenant, scope, id);
		return views.of(tenant, queries.where(tenant, "parent_id = :parent and status <> 'ARCHIVED'", Map.of("parent", id))
			.stream()
			.filter(row -> scope.canRead(row.kind(), row.ownerType(), row.ownerId(), row.visibility()))
			.toList(), scope);
	}

	/** For other modules: the goal if the user may record actuals for it (see {@link GoalAccess.Scope#canRecord}). */
	@Transactional(readOnly = true)
	public GoalView requireRecordable(CurrentUser user, UUID id, boolean selfReported) {
		GoalAccess.Scope scope = access.scopeOf(user);
		GoalQueries.Row row = readable(user.tenant(), scope, id);
		if (!scope.canRecord(row.ownerType(), row.ownerId(), selfReported)) {
			throw new AccessDeniedException("record actuals for this goal");
		}
		return views.of(user.tenant(), row, scope);
	}

	/** For other modules: the goal if the user may set it (targets, scoring). */
	@Transactional(readOnly = true)
	public GoalView requireManageable(CurrentUser user, UUID id) {
		manageable(user, id);
		return get(user, id);
	}

	private GoalQueries.Row readable(UUID tenant, GoalAccess.Scope scope, UUID id) {
		return queries.one(tenant, id)
			.filter(row -> scope.canRead(row.kind(), row.ownerType(), row.ownerId(), row.visibility()))
			.orElseThrow(() -> new NotFoundException("goal", id));
	}

	private Goal manageable(CurrentUser user, UUID id) {
		GoalAccess.Scope scope = access.scopeOf(user);
		Goal goal = goals.findByTenantIdAndId(user.tenant(), id)
			.filter(found -> scope.canRead(found.kind(), found.ownerType(), found.ownerId(), found.visibility()))
			.orElseThrow(() -> new NotFoundException("goal", id));
		if (!scope.canManage(goal.kind(), goal.ownerType(), goal.ownerId())) {
			throw new AccessDeniedException("change this goal");
		}
		return goal;
	}

	/** A unit working with OKRs only takes no KPIs, for itself or its people. */
	private void checkKpisAllowed(UUID tenant, OwnerType ownerType, UUID ownerId) {
		UUID unit = switch (ownerType) {
			case COMPANY -> null;
			case ORG_UNIT -> ownerId;
			case EMPLOYEE -> people.employee(tenant, ownerId).map(EmployeeSummary::orgUnitId).orElse(null);
		};
		GoalModes policy = modes.getIfAvailable();
		if (unit != null && policy != null && !policy.allowsKpis(tenant, unit)) {
			throw BusinessRuleException.invalid("goals.goal.unit-okr-only", "ownerId");
		}
	}

	private void checkOwner(UUID tenant, GoalKind kind, OwnerType ownerType, UUID ownerId) {
		if (kind == GoalKind.STRATEGY && ownerType == OwnerType.EMPLOYEE) {
			throw BusinessRuleException.invalid("goals.goal.strategy-owner", "ownerType");
		}
		switch (ownerType) {
			case COMPANY -> {
			}
			case ORG_UNIT -> {
				if (ownerId == null || people.unitNames(tenant, List.of(ownerId)).isEmpty()) {
					throw BusinessRuleException.invalid("goals.goal.owner-unknown", "ownerId");
				}
			}
			case EMPLOYEE -> {
				EmployeeSummary employee = ownerId == null ? null : people.employee(tenant, ownerId).orElse(null);
				if (employee == null) {
					throw BusinessRuleException.invalid("goals.goal.owner-unknown", "ownerId");
				}
				if (!employee.isActive()) {
					throw BusinessRuleException.invalid("people.employee.not-active", "ownerId", employee.name());
				}
			}
		}
	}

}
