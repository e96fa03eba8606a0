package io.lodestar.okr;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;

/**
 * An objective to draft or change: title, why it matters, 1-5 key results. Owned by an employee (drafted by
 * themselves), an org unit (by its head) or the company (by executives). {@code version} is the one the
 * writer saw; a stale one is a conflict.
 */
public record ObjectiveDraft(@NotNull(message = "{okr.objective.cycle.required}") UUID cycleId,
		@NotNull(message = "{okr.objective.owner-type.required}") OwnerType ownerType, UUID ownerId,
		@NotBlank(message = "{okr.objective.title.required}") @Size(max = 300, message = "{okr.objective.title.size}") String title,
		@Size(max = 4000, message = "{okr.objective.why.size}") String why, GoalVisibility visibility,
		Boolean includeChildObjectives,
		@NotNull(message = "{okr.objective.key-results.count}") @Size(min = 1, max = 5, message = "{okr.objective.key-results.count}") List<@Valid KeyResultDraft> keyResults,
		Long version) {

	/** Whether contributing child objectives count in its progress (default: only its key results). */
	public boolean countsChildObjectives() {
		return Boolean.TRUE.equals(includeChildObjectives);
	}

}
