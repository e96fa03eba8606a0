package io.lodestar.people;

import java.util.UUID;

/**
 * Directory filters. {@code text} matches name, employee number or e-mail; {@code orgUnitId} includes
 * its sub-units; {@code status} null means active only; {@code includeLeft} shows everyone.
 */
public record DirectoryQuery(String text, UUID orgUnitId, UUID positionId, EmployeeStatus status,
		boolean includeLeft) {

	public static DirectoryQuery active() {
		return new DirectoryQuery(null, null, null, null, false);
	}

}
