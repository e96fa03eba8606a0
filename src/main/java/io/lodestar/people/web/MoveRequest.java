package io.lodestar.people.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.people.Move;
import io.swagger.v3.oas.annotations.media.Schema;

/** A transfer, promotion or change of manager: the new placement, effective today or earlier. */
@Schema(name = "Move")
record MoveRequest(
		@NotNull(message = "{people.employee.org-unit.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID orgUnitId,
		@Schema(description = "The new position; null for none.") UUID positionId,
		@Schema(description = "The new direct manager; null for none.") UUID managerId,
		@NotNull(message = "{people.move.effective-on.required}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-04-01") LocalDate effectiveOn,
		@Size(max = 500, message = "{people.move.reason.size}") @Schema(example = "Promotion") String reason) {

	Move command() {
		return new Move(orgUnitId, positionId, managerId, effectiveOn, reason);
	}

}
