package io.lodestar.people;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A transfer, promotion or change of manager, effective on a date (today or earlier). */
public record Move(@NotNull(message = "{people.employee.org-unit.required}") UUID orgUnitId, UUID positionId,
		UUID managerId, @NotNull(message = "{people.move.effective-on.required}") LocalDate effectiveOn,
		@Size(max = 500, message = "{people.move.reason.size}") String reason) {

	Placement placement() {
		return new Placement(orgUnitId, positionId, managerId);
	}

}
