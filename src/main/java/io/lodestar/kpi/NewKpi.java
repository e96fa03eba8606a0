package io.lodestar.kpi;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.OwnerType;

/**
 * A KPI for the company, an org unit or an employee in a period, optionally contributing to a parent goal
 * (with the contribution weight {@code contributionWeight}, default 1).
 */
public record NewKpi(@NotBlank(message = "{goals.goal.title.required}") @Size(max = 300, message = "{goals.goal.title.size}") String title,
		@Size(max = 4000, message = "{goals.goal.description.size}") String description,
		@NotNull(message = "{goals.goal.owner-type.required}") OwnerType ownerType, UUID ownerId,
		@NotNull(message = "{goals.goal.period.required}") UUID periodId, UUID parentId,
		java.math.BigDecimal contributionWeight, @NotNull @Valid KpiConfig config) {
}
