package io.lodestar.people;

import java.util.Set;
import java.util.UUID;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * Who sees which employee fields. Everyone in a company sees colleagues' public profile (name, number,
 * work e-mail, unit, position, manager, status). Restricted fields (phone, hire date, leaving date,
 * placement history) are visible to the employee, their manager chain, HR admins, executives and system
 * administrators. The same rule applies to pages, API, search, sorting and exports.
 */
public final class EmployeeVisibility {

	private final boolean everyone;

	private final UUID self;

	private final Set<UUID> reports;

	EmployeeVisibility(boolean everyone, UUID self, Set<UUID> reports) {
		this.everyone = everyone;
		this.self = self;
		this.reports = reports;
	}

	static boolean seesEveryoneInFull(CurrentUser user) {
		return user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE, Role.SYSTEM_ADMIN);
	}

	/** Who may create, correct, move and off-board employees and edit the org structure. */
	public static boolean canAdminister(CurrentUser user) {
		return user.hasAny(Role.HR_ADMIN, Role.SYSTEM_ADMIN);
	}

	public boolean seesRestrictedFieldsOf(UUID employeeId) {
		return everyone || employeeId.equals(self) || reports.contains(employeeId);
	}

	/** Sorting or filtering by a restricted field would leak it through the order of rows. */
	public boolean seesRestrictedFieldsOfEveryone() {
		return everyone;
	}

}
