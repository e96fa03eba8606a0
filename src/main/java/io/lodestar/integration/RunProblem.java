package io.lodestar.integration;

import java.util.List;

/**
 * Why one row of a run was skipped.
 *
 * @param row 1-based position in the query result
 * @param employeeNo the row's employee number (rows mode), or null
 * @param measuredOn the date the value was for, ISO format, or null
 * @param code message key; {@code arguments} its arguments
 */
public record RunProblem(int row, String employeeNo, String measuredOn, String code, List<String> arguments) {

	public Object[] argumentArray() {
		return arguments == null ? new Object[0] : arguments.toArray();
	}

}
