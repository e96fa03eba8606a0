package io.lodestar.goals;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Editable parts of a goal; null weight, driver or visibility keep the current one. */
public record GoalChange(
		@NotBlank(message = "{goals.goal.title.required}") @Size(max = 300, message = "{goals.goal.title.size}") String title,
		@Size(max = 4000, message = "{goals.goal.description.size}") String description,
		@DecimalMin(value = "0", message = "{goals.goal.weight.range}") @DecimalMax(value = "10000", message = "{goals.goal.weight.range}") BigDecimal weight,
		ProgressDriver progressDriver, GoalVisibility visibility, Long version) {
}
