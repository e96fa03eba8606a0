package io.lodestar.goals.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The company's goal settings as HR edits them. */
public record GoalSettingsForm(
		@NotNull(message = "{company.fiscal-year-start.range}") @Min(value = 1, message = "{company.fiscal-year-start.range}") @Max(value = 12, message = "{company.fiscal-year-start.range}") Integer fiscalYearStartMonth,
		Boolean kpiActualsPublic, Long version) {
}
