package io.lodestar.platform.web;

import java.util.List;

/**
 * Why one item of a batch (a pushed measurement, a row of a bulk assignment) was refused: its 0-based
 * position in the request, the field of that item, and a message key with its arguments.
 */
public record IndexedProblem(int index, String field, String code, List<Object> arguments) {

	public IndexedProblem {
		// arguments may hold nulls (a missing value named in the message)
		arguments = arguments == null ? List.of()
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
	}

}
