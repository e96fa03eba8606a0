package io.lodestar.goals.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.GoalChange;
import io.lodestar.goals.ProgressDriver;
import io.swagger.v3.oas.annotations.media.Schema;

/** The editable parts of a goal, with the version read; a missing weight or driver keeps the current one. */
@Schema(name = "UpdateGoal")
record UpdateGoalRequest(
		@NotBlank(message = "{goals.goal.title.required}") @Size(max = 300, message = "{goals.goal.title.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
		@Size(max = 4000, message = "{goals.goal.description.size}") String description,
		@DecimalMin(value = "0", message = "{goals.goal.weight.range}") @DecimalMax(value = "10000", message = "{goals.goal.weight.range}") BigDecimal weight,
		ProgressDriver progressDriver,
		@NotNull(message = "{platform.validation.version-required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

	GoalChange command() {
		return new GoalChange(title, description, weight, progressDriver, null, version);
	}

}
