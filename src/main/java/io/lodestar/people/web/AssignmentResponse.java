package io.lodestar.people.web;

import java.time.LocalDate;

import io.lodestar.people.AssignmentView;
import io.lodestar.people.Ref;
import io.swagger.v3.oas.annotations.media.Schema;

/** One period of an employee's placement; {@code to} is exclusive and null while it lasts. */
@Schema(name = "Assignment")
record AssignmentResponse(LocalDate from, LocalDate to, Ref orgUnit, Ref position, Ref manager, String reason) {

	static AssignmentResponse of(AssignmentView view) {
		return new AssignmentResponse(view.from(), view.to(), view.orgUnit(), view.position(), view.manager(),
				view.reason());
	}

}
