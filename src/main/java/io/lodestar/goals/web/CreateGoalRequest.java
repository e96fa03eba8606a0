package io.lodestar.goals.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.ProgressDriver;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new goal; KPIs are created with {@code POST /api/v1/kpis} because they need a scoring configuration. */
@Schema(name = "CreateGoal")
record CreateGoalRequest(
		@NotNull(message = "{goals.goal.kind.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "STRATEGY, OBJECTIVE or KEY_RESULT.") GoalKind kind,
		@NotBlank(message = "{goals.goal.title.required}") @Size(max = 300, message = "{goals.goal.title.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "降低生产成本10%") String title,
		@Size(max = 4000, message = "{goals.goal.description.size}") String description,
		@NotNull(message = "{goals.goal.owner-type.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OwnerType ownerType,
		@Schema(description = "The org unit or employee; omit for the company.") UUID ownerId,
		@NotNull(message = "{goals.goal.period.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID periodId,
		@Schema(description = "The goal this one contributes to (its period must contain this one's).") UUID parentId,
		@DecimalMin(value = "0", message = "{goals.goal.weight.range}") @DecimalMax(value = "10000", message = "{goals.goal.weight.range}")
		@Schema(description = "Weight among the parent's contributing goals; default 1.") BigDecimal weight,
		@Schema(description = "OWN or CHILDREN (default for strategic goals: CHILDREN).") ProgressDriver progressDriver,
		@Schema(description = "Default ACTIVE.") GoalStatus status,
		@Schema(description = "Default PUBLIC.") GoalVisibility visibility) {

	NewGoal command() {
		return new NewGoal(kind, title, description, ownerType, ownerId, periodId, parentId, weight, progressDriver,
				status, visibility);
	}

}
