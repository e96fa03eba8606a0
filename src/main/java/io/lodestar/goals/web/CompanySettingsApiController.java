package io.lodestar.goals.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's company's goal settings: the fiscal-year start and whether personal KPI actuals are public.
 * Lives with the goals because these settings shape periods and goal access.
 */
@RestController
@RequestMapping("/api/v1/company/settings")
@Tag(name = ApiDocs.TAG_PERIODS)
class CompanySettingsApiController {

	private final CompanyManagement companies;

	CompanySettingsApiController(CompanyManagement companies) {
		this.companies = companies;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Goal settings of the company", description = "Everyone in the company may read them.")
	@ApiResponse(responseCode = "200", description = "The settings.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "settings", value = GoalApiExamples.SETTINGS)))
	CompanySettingsResponse get(@AuthenticationPrincipal CurrentUser user) {
		return CompanySettingsResponse.of(companies.settings(user.tenant()));
	}

	@PutMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Change the goal settings",
			description = "With the version read. The fiscal-year start month (1 to 12) can no longer change once goal "
					+ "periods exist (409). Making KPI actuals public lets everyone in the company read everyone's "
					+ "personal KPIs and their actuals (private goals stay private). HR administrators.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CompanySettingsRequest.class),
							examples = @ExampleObject(name = "settings", value = GoalApiExamples.SETTINGS_UPDATE))))
	@ApiResponse(responseCode = "200", description = "The new settings.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "settings", value = GoalApiExamples.SETTINGS)))
	CompanySettingsResponse update(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CompanySettingsRequest request) {
		return CompanySettingsResponse.of(companies.configure(user, request.fiscalYearStartMonth(),
				request.kpiActualsPublic(), request.version()));
	}

}
