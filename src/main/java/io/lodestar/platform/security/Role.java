package io.lodestar.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in user may do. EMPLOYEE is implied by being linked to an employee record and
 * MANAGER by having direct reports; the other roles are granted explicitly. PAY_VIEWER lets someone who is not
 * HR (typically an executive or payroll clerk) see pay figures: bonuses, deductions, award amounts.
 */
public enum Role {

	EMPLOYEE, MANAGER, HR_ADMIN, EXECUTIVE, PAY_VIEWER, SYSTEM_ADMIN;

	/** Roles an administrator grants; the others follow from the org data. */
	public static final Set<Role> GRANTABLE = EnumSet.of(HR_ADMIN, EXECUTIVE, PAY_VIEWER, SYSTEM_ADMIN);

	public String authority() {
		return "ROLE_" + name();
	}

}
