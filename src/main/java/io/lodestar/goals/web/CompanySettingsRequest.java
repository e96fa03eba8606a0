package io.lodestar.goals.web;

import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

/** New goal settings with the version read. The fiscal-year start is fixed once goal periods exist. */
@Schema(name = "UpdateCompanyGoalSettings")
record CompanySettingsRequest(
		@NotNull(message = "{company.fiscal-year-start.range}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "1") Integer fiscalYearStartMonth,
		@NotNull(message = "{goals-api.settings.public-required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean kpiActualsPublic,
		@NotNull(message = "{platform.validation.version-required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
}
