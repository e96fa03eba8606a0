package io.lodestar.goals.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Title, description and contribution weight of a goal. */
public record GoalEditForm(
		@NotBlank(message = "{goals.goal.title.required}") @Size(max = 300, message = "{goals.goal.title.size}") String title,
		@Size(max = 4000, message = "{goals.goal.description.size}") String description,
		@NotNull(message = "{goals.page.weight.required}") @DecimalMin(value = "0", message = "{goals.goal.weight.range}") @DecimalMax(value = "10000", message = "{goals.goal.weight.range}") BigDecimal weight,
		Long version) {
}
