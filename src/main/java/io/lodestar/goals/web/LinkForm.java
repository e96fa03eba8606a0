package io.lodestar.goals.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** An existing goal that is to contribute to the goal of the page, with its weight. */
public record LinkForm(@NotNull(message = "{goals.page.link.child.required}") UUID childId,
		@NotNull(message = "{goals.page.weight.required}") @DecimalMin(value = "0", message = "{goals.goal.weight.range}") @DecimalMax(value = "10000", message = "{goals.goal.weight.range}") BigDecimal weight) {
}
