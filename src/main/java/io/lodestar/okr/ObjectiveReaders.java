package io.lodestar.okr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.OwnerType;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NotFoundException;

/**
 * Who may see, change and review which objective, and the views built for one reader. Public objectives are
 * open to the whole company; private ones to their owner, the manager chain, the unit's heads and HR (see
 * {@link GoalAccess}). The reviewer is the level above the owner: an employee's manager chain, the head of
 * the unit above (or an executive) for a unit, an executive for the company; HR reviews any. Nobody reviews
 * their own objective.
 */
@Component
class ObjectiveReaders {

	private final ObjectiveQueries queries;

	private final GoalAccess access;

	private final OkrCycles cycles;

	private final PeopleDirectory people;

	ObjectiveReaders(ObjectiveQueries queries, GoalAccess access, OkrCycles cycles, PeopleDirectory people) {
		this.queries = queries;
		this.access = access;
		this.cycles = cycles;
		this.people = people;
	}

	ObjectiveQueries.Row readable(CurrentUser user, UUID id) {
		GoalAccess.Scope scope = access.scopeOf(user);
		return queries.one(user.tenant(), id)
			.filter(row -> scope.canRead(GoalKind.OBJECTIVE, row.ownerType(), row.ownerId(), row.visibility()))
			.orElseThrow(() -> new NotFoundException("okr_objective", id));
	}

	/** Readable and set by this user; not once the cycle is closed. */
	ObjectiveQueries.Row manageable(CurrentUser user, UUID id) {
		GoalAccess.Scope scope = access.scopeOf(user);
		ObjectiveQueries.Row row = readable(user, id);
		if (!scope.canManage(GoalKind.OBJECTIVE, row.ownerType(), row.ownerId())) {
			throw new AccessDeniedException("change this objective");
		}
		OkrCycle cycle = cycles.get(user.tenant(), row.cycleId());
		if (cycle.isClosed()) {
			throw io.lodestar.platform.web.BusinessRuleException.conflict("okr.cycle.closed", "cycleId", cycle.name());
		}
		return row;
	}

	ObjectiveQueries.Row reviewable(CurrentUser user, UUID id) {
		GoalAccess.Scope scope = access.scopeOf(user);
		ObjectiveQueries.Row row = readable(user, id);
		if (!canReview(scope, row)) {
			throw new AccessDeniedException("review this objective");
		}
		return row;
	}

	boolean canReview(GoalAccess.Scope scope, ObjectiveQueries.Row row) {
		CurrentUser user = scope.user();
		if (row.ownerType() == OwnerType.EMPLOYEE && user.isEmployee(row.ownerId())) {
			return false;
		}
		if (user.has(Role.HR_ADMIN)) {
			return true;
		}
		return switch (row.ownerType()) {
			case EMPLOYEE -> scope.reports().contains(row.ownerId());
			case ORG_UNIT -> user.has(Role.EXECUTIVE) || leadsUnitAbove(scope, row.ownerId());
			case COMPANY -> user.has(Role.EXECUTIVE);
		};
	}

	private boolean leadsUnitAbove(GoalAccess.Scope scope, UUID unit) {
		List<UUID> ancestry = people.unitAncestry(scope.user().tenant(), unit);
		return ancestry.size() > 1 && scope.ledUnits().contains(ancestry.get(1));
	}

	ObjectiveView view(CurrentUser user, UUID id) {
		ObjectiveQueries.Row row = readable(user, id);
		return views(user, access.scopeOf(user), List.of(row)).get(0);
	}

	List<ObjectiveView> list(CurrentUser user, UUID cycleId, OwnerType ownerType, UUID ownerId) {
		GoalAccess.Scope scope = access.scopeOf(user);
		StringBuilder condition = new StringBuilder("o.cycle_id = :cycle");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("cycle", cycleId);
		if (ownerType != null) {
			condition.append(" and g.owner_type = :ownerType");
			parameters.put("ownerType", ownerType.name());
		}
		if (ownerId != null) {
			condition.append(" and g.owner_id = :ownerId");
			parameters.put("ownerId", ownerId);
		}
		List<ObjectiveQueries.Row> rows = queries.where(user.tenant(), condition.toString(), parameters)
			.stream()
			.filter(row -> scope.canRead(GoalKind.OBJECTIVE, row.ownerType(), row.ownerId(), row.visibility()))
			.toList();
		return views(user, scope, rows);
	}

	List<ObjectiveView> views(CurrentUser user, GoalAccess.Scope scope, List<ObjectiveQueries.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID tenant = user.tenant();
		Map<UUID, List<ObjectiveQueries.KeyResultRow>> krs = queries.keyResults(tenant,
				rows.stream().map(ObjectiveQueries.Row::id).toList());
		Map<UUID, String> names = new HashMap<>();
		names.putAll(people.employeeNames(tenant, rows.stream()
			.filter(row -> row.ownerType() == OwnerType.EMPLOYEE).map(ObjectiveQueries.Row::ownerId).toList()));
		names.putAll(people.unitNames(tenant, rows.stream()
			.filter(row -> row.ownerType() == OwnerType.ORG_UNIT).map(ObjectiveQueries.Row::ownerId).toList()));
		Map<UUID, OkrCycle> cycleById = new HashMap<>();
		java.time.LocalDate today = cycles.today(tenant);
		List<ObjectiveView> views = new ArrayList<>();
		for (ObjectiveQueries.Row row : rows) {
			OkrCycle cycle = cycleById.computeIfAbsent(row.cycleId(), id -> cycles.get(tenant, id));
			java.math.BigDecimal expected = KeyResultRules.expected(cycle.startsOn(), cycle.endsOn(), today);
			List<KeyResultView> keyResults = ObjectiveQueries.views(krs.getOrDefault(row.id(), List.of()), expected,
					cycle.atRiskMargin());
			PaceStatus status = KeyResultRules.worst(keyResults.stream().map(KeyResultView::status).toList());
			java.math.BigDecimal weightSum = keyResults.stream().map(KeyResultView::weight)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
			views.add(new ObjectiveView(row.id(), row.cycleId(), row.title(), row.why(), row.ownerType(),
					row.ownerId(), names.get(row.ownerId()), row.visibility(), row.reviewState(), status,
					row.progress(), row.includeChildObjectives(), row.parentId(), row.parentTitle(), weightSum,
					keyResults, row.wentWell(), row.wentBadly(), row.reasons(), row.carryOver(), row.carriedFromId(),
					row.version(), permissions(scope, row, cycle)));
		}
		return views;
	}

	private ObjectiveView.Permissions permissions(GoalAccess.Scope scope, ObjectiveQueries.Row row, OkrCycle cycle) {
		boolean manage = !cycle.isClosed() && scope.canManage(GoalKind.OBJECTIVE, row.ownerType(), row.ownerId());
		boolean review = canReview(scope, row);
		boolean editable = manage && row.reviewState().editable() && cycle.acceptsDrafts();
		boolean approved = row.reviewState() == ReviewState.APPROVED;
		return new ObjectiveView.Permissions(editable, editable,
				review && row.reviewState() == ReviewState.SUBMITTED && !cycle.isClosed(),
				manage && approved && cycle.acceptsCheckIns(), !cycle.isClosed(),
				review && !approved && !cycle.isClosed(),
				manage && approved && cycle.phase() == CyclePhase.ACTIVE,
				manage && approved && cycle.phase() == CyclePhase.CLOSING, manage,
				review && approved && !cycle.isClosed());
	}

}
