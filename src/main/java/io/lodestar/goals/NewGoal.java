package io.lodestar.goals;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new goal. {@code ownerId} is an org unit or employee id (ignored for the company). {@code parentId}, if
 * given, is the goal it contributes to with {@code weight} (default 1; any scale, normalised among siblings).
 */
public record NewGoal(@NotNull(message = "{goals.goal.kind.required}") GoalKind kind,
		@NotBlank(message = "{goals.goal.title.required}") @Size(max = 300, message = "{goals.goal.title.size}") String title,
		@Size(max = 4000, message = "{goals.goal.description.size}") String description,
		@NotNull(message = "{goals.goal.owner-type.required}") OwnerType ownerType, UUID ownerId,
		@NotNull(message = "{goals.goal.period.required}") UUID periodId, UUID parentId,
		@DecimalMin(value = "0", message = "{goals.goal.weight.range}") @DecimalMax(value = "10000", message = "{goals.goal.weight.range}") BigDecimal weight,
		ProgressDriver progressDriver, GoalStatus status, GoalVisibility visibility) {

	public static final BigDecimal DEFAULT_WEIGHT = BigDecimal.ONE;

}
