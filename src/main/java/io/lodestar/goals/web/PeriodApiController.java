package io.lodestar.goals.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The company's fiscal periods: everyone reads them (a year is created on first use); HR locks and unlocks. */
@RestController
@RequestMapping("/api/v1/periods")
@Tag(name = ApiDocs.TAG_PERIODS)
class PeriodApiController {

	/** Fiscal years outside this range are typing errors; refusing them keeps junk periods out of the database. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2099;

	private final PeriodCalendar calendar;

	private final Messages messages;

	PeriodApiController(PeriodCalendar calendar, Messages messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Periods of a fiscal year",
			description = "The 19 periods of the fiscal year (year, 2 halves, 4 quarters, 12 months), longest first, "
					+ "created on first use. Without fiscalYear: the current fiscal year.")
	@ApiResponse(responseCode = "200", description = "The periods.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "periods", value = "[" + GoalApiExamples.PERIOD + "]")))
	List<PeriodResponse> year(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The calendar year in which the fiscal year starts (2000 to 2099).")
			@RequestParam(required = false) Integer fiscalYear) {
		int year = fiscalYear != null ? fiscalYear : calendar.fiscalYearOf(user.tenant(), calendar.today(user.tenant()));
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw BusinessRuleException.invalid("goals-api.period.fiscal-year.range", "fiscalYear",
					String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
		}
		return calendar.year(user.tenant(), year).stream().map(period -> PeriodResponse.of(period, messages)).toList();
	}

	@GetMapping("/current")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The current period of a kind",
			description = "The period of the kind that contains today in the company's time zone.")
	@ApiResponse(responseCode = "200", description = "The period.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "period", value = GoalApiExamples.PERIOD)))
	PeriodResponse current(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "YEAR, HALF, QUARTER or MONTH (default).") @RequestParam(defaultValue = "MONTH") PeriodKind kind) {
		return PeriodResponse.of(calendar.current(user.tenant(), kind), messages);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a period")
	@ApiResponse(responseCode = "200", description = "The period.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "period", value = GoalApiExamples.PERIOD)))
	PeriodResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return PeriodResponse.of(calendar.get(user.tenant(), id), messages);
	}

	@PostMapping("/{id}/lock")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Lock a period",
			description = "Once its numbers are final. Actuals in a locked period (or a period inside it) then need an "
					+ "HR override with a reason. The reason is required. HR administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = LockRequest.class),
							examples = @ExampleObject(name = "lock", value = GoalApiExamples.LOCK))))
	@ApiResponse(responseCode = "200", description = "The locked period.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "locked", value = GoalApiExamples.LOCKED_PERIOD)))
	PeriodResponse lock(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody(required = false) LockRequest request) {
		return PeriodResponse.of(calendar.lock(user, id, true, request == null ? null : request.reason()), messages);
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Unlock a period", description = "HR administrators only.")
	@ApiResponse(responseCode = "200", description = "The unlocked period.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "period", value = GoalApiExamples.PERIOD)))
	PeriodResponse unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return PeriodResponse.of(calendar.lock(user, id, false, null), messages);
	}

}
