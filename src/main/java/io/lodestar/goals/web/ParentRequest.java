package io.lodestar.goals.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.swagger.v3.oas.annotations.media.Schema;

/** The goal to contribute to, or null to stop contributing. */
@Schema(name = "GoalParent")
record ParentRequest(@Schema(description = "The parent goal; null unlinks.", nullable = true) UUID parentId,
		@DecimalMin(value = "0", message = "{goals.goal.weight.range}") @DecimalMax(value = "10000", message = "{goals.goal.weight.range}")
		@Schema(description = "Weight among the parent's contributing goals; default 1.") BigDecimal weight) {
}
