package io.lodestar.engagement;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * Who takes part in the conversations about an employee: the employee, their manager chain (everyone above
 * them in the reporting lines) and HR administrators. Nobody else sees them, not even that they exist.
 */
@Component
class ThreadAccess {

	private final PeopleDirectory people;

	ThreadAccess(PeopleDirectory people) {
		this.people = people;
	}

	boolean isHr(CurrentUser user) {
		return user.has(Role.HR_ADMIN);
	}

	boolean inManagerChain(CurrentUser user, UUID employeeId) {
		return user.employeeId() != null && !user.isEmployee(employeeId)
				&& people.managerChain(user.tenant(), employeeId).contains(user.employeeId());
	}

	boolean canSee(CurrentUser user, UUID employeeId) {
		return isHr(user) || user.isEmployee(employeeId) || inManagerChain(user, employeeId);
	}

	/** Feedback goes down (or from HR), never to oneself. */
	boolean canGiveFeedback(CurrentUser user, UUID employeeId) {
		return !user.isEmployee(employeeId) && (isHr(user) || inManagerChain(user, employeeId));
	}

	/**
	 * The employees whose threads the user sees, or null for everyone in the company (HR): themself and
	 * everyone who reports to them, directly or not.
	 */
	Set<UUID> visibleEmployees(CurrentUser user) {
		if (isHr(user)) {
			return null;
		}
		Set<UUID> visible = new java.util.HashSet<>();
		if (user.employeeId() != null) {
			visible.add(user.employeeId());
			visible.addAll(people.reportsOf(user.tenant(), user.employeeId()));
		}
		return visible;
	}

	/** The employees whose open requests wait for this user: their reports, or everyone's for HR (null). */
	Set<UUID> team(CurrentUser user) {
		if (isHr(user)) {
			return null;
		}
		return user.employeeId() == null ? Set.of() : people.reportsOf(user.tenant(), user.employeeId());
	}

}
