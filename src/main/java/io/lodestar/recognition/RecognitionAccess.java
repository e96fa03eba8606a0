package io.lodestar.recognition;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalRef;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * Who may give, and what a viewer sees. Recognition is meant to be seen by colleagues, so a person's awards and
 * praise are visible to everyone in the company (like their profile); the feed shows one's own part of the
 * organisation (HR and executives: the whole company). Money and goals are filtered per viewer.
 */
@Component
class RecognitionAccess {

	private final PeopleDirectory people;

	private final GoalAccess goalAccess;

	private final GoalDirectory goals;

	RecognitionAccess(PeopleDirectory people, GoalAccess goalAccess, GoalDirectory goals) {
		this.people = people;
		this.goalAccess = goalAccess;
		this.goals = goals;
	}

	/** HR gives awards to anyone; a manager to anyone below them, never to themself. */
	boolean canAward(CurrentUser user, UUID recipientId) {
		if (user.isEmployee(recipientId)) {
			return false;
		}
		if (user.has(Role.HR_ADMIN)) {
			return true;
		}
		return user.employeeId() != null && people.reportsOf(user.tenant(), user.employeeId()).contains(recipientId);
	}

	/** People the caller may give awards to (null: anyone, for HR). */
	Set<UUID> awardable(CurrentUser user) {
		if (user.has(Role.HR_ADMIN)) {
			return null;
		}
		return user.employeeId() == null ? Set.of() : people.reportsOf(user.tenant(), user.employeeId());
	}

	/** Pay figures: HR and pay viewers, and the recipient of their own bonus. */
	static boolean seesAmount(CurrentUser user, UUID recipientId) {
		return user.canSeePay() || user.isEmployee(recipientId);
	}

	/**
	 * The org units whose recognition the caller's feed shows: null for the whole company (HR, executives),
	 * otherwise their own unit and those below it, plus the units they head.
	 */
	Set<UUID> feedUnits(CurrentUser user) {
		if (user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE)) {
			return null;
		}
		if (user.employeeId() == null) {
			return Set.of();
		}
		UUID tenant = user.tenant();
		Set<UUID> units = new HashSet<>(people.unitsLedBy(tenant, user.employeeId()));
		people.employee(tenant, user.employeeId())
			.ifPresent(me -> units.addAll(people.unitAndDescendants(tenant, me.orgUnitId())));
		return units;
	}

	/** The goals among the ids the caller may read, by id; the others are left out. */
	Map<UUID, GoalRef> readableGoals(CurrentUser user, Collection<UUID> goalIds) {
		Set<UUID> ids = new HashSet<>(goalIds);
		ids.remove(null);
		if (ids.isEmpty()) {
			return Map.of();
		}
		GoalAccess.Scope scope = goalAccess.scopeOf(user);
		Map<UUID, GoalRef> readable = new java.util.HashMap<>();
		goals.refs(user.tenant(), ids).forEach((id, goal) -> {
			if (scope.canRead(goal.kind(), goal.ownerType(), goal.ownerId(), goal.visibility())) {
				readable.put(id, goal);
			}
		});
		return readable;
	}

}
