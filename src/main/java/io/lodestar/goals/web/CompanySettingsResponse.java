package io.lodestar.goals.web;

import io.lodestar.company.CompanySettings;
import io.swagger.v3.oas.annotations.media.Schema;

/** How the company runs its goals. */
@Schema(name = "CompanyGoalSettings")
record CompanySettingsResponse(
		@Schema(description = "1 = calendar year, 4 = April to March, ...") int fiscalYearStartMonth,
		@Schema(description = "Whether everyone in the company sees everyone's personal KPI actuals.") boolean kpiActualsPublic,
		@Schema(description = "Send it back with PUT.") Long version) {

	static CompanySettingsResponse of(CompanySettings settings) {
		return new CompanySettingsResponse(settings.fiscalYearStartMonth(), settings.kpiActualsPublic(),
				settings.version());
	}

}
