package io.lodestar.recognition.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import io.lodestar.recognition.AwardBudgets;
import io.lodestar.recognition.AwardType;
import io.lodestar.recognition.AwardTypes;
import io.lodestar.recognition.Awards;
import io.lodestar.recognition.Budget;
import io.lodestar.recognition.NewAward;
import io.lodestar.recognition.PraisePosts;
import io.lodestar.recognition.RecognitionFeed;
import io.lodestar.recognition.RecognitionItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Recognition: awards, award types, budgets, praise and the feed. Bonus amounts appear only for callers who may
 * see pay and for the recipient; HR manages types and budgets; managers award people below them.
 */
@RestController
@RequestMapping("/api/v1/recognition")
@Tag(name = "Recognition", description = "Awards with optional rewards, managers' award budgets, praise and the team feed.")
class RecognitionApiController {

	private static final String HR = "hasRole('HR_ADMIN')";

	private final Awards awards;

	private final AwardTypes types;

	private final AwardBudgets budgets;

	private final PraisePosts praise;

	private final RecognitionFeed feed;

	RecognitionApiController(Awards awards, AwardTypes types, AwardBudgets budgets, PraisePosts praise,
			RecognitionFeed feed) {
		this.awards = awards;
		this.types = types;
		this.budgets = budgets;
		this.praise = praise;
		this.feed = feed;
	}

	@GetMapping("/feed")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The team feed", description = "Awards in force and praise of the caller's unit and those "
			+ "below it (HR and executives: the whole company), newest first; optionally one unit.")
	@ApiResponse(responseCode = "200", description = "One page of recognition.", useReturnTypeSchema = true)
	PageResult<RecognitionResponse> feed(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) UUID unitId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return feed.feed(user, unitId, PageQuery.of(page, size, null)).map(RecognitionResponse::of);
	}

	@GetMapping("/people/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A person's recognition", description = "Their awards in force and praise, newest first.")
	@ApiResponse(responseCode = "200", description = "One page of recognition.", useReturnTypeSchema = true)
	PageResult<RecognitionResponse> ofPerson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return feed.ofPerson(user, id, PageQuery.of(page, size, null)).map(RecognitionResponse::of);
	}

	@PostMapping("/awards")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Give an award", description = "HR to anyone, a manager to people below them. A manager's "
			+ "bonus is charged to their budget of this fiscal year and refused (409) if it does not fit. The recipient "
			+ "is notified.")
	@ApiResponse(responseCode = "201", description = "The award.", useReturnTypeSchema = true)
	ResponseEntity<RecognitionResponse> give(@AuthenticationPrincipal CurrentUser user,
			@RequestBody RecognitionRequests.CreateAward request) {
		RecognitionItem award = awards.give(user, new NewAward(request.recipientId(), request.awardTypeId(),
				request.reason(), request.goalId(), request.rewardKind(), request.bonusAmount(), request.rewardDetail()));
		return ResponseEntity.created(URI.create("/api/v1/recognition/awards/" + award.id()))
			.body(RecognitionResponse.of(award));
	}

	@GetMapping("/awards/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get an award", description = "Also a revoked one, with who revoked it and why.")
	@ApiResponse(responseCode = "200", description = "The award.", useReturnTypeSchema = true)
	RecognitionResponse award(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return RecognitionResponse.of(awards.get(user, id));
	}

	@PostMapping("/awards/{id}/revocation")
	@PreAuthorize(HR)
	@Operation(summary = "Revoke an award", description = "HR only, with a reason; a bonus goes back to its budget.")
	@ApiResponse(responseCode = "200", description = "The revoked award.", useReturnTypeSchema = true)
	RecognitionResponse revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody RecognitionRequests.Revoke request) {
		return RecognitionResponse.of(awards.revoke(user, id, request.reason()));
	}

	@GetMapping("/award-types")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List award types", description = "By name; retired ones only when asked.")
	@ApiResponse(responseCode = "200", description = "The award types.", useReturnTypeSchema = true)
	List<AwardType> types(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "false") boolean includeRetired) {
		return types.list(user, !includeRetired);
	}

	@PostMapping("/award-types")
	@PreAuthorize(HR)
	@Operation(summary = "Create an award type", description = "HR only; names are unique in the company.")
	@ApiResponse(responseCode = "201", description = "The award type.", useReturnTypeSchema = true)
	ResponseEntity<AwardType> createType(@AuthenticationPrincipal CurrentUser user,
			@RequestBody RecognitionRequests.AwardTypeRequest request) {
		AwardType type = types.create(user, request.name(), request.description());
		return ResponseEntity.created(URI.create("/api/v1/recognition/award-types/" + type.id())).body(type);
	}

	@PutMapping("/award-types/{id}")
	@PreAuthorize(HR)
	@Operation(summary = "Change an award type", description = "HR only: rename, describe, retire or reinstate.")
	@ApiResponse(responseCode = "200", description = "The award type.", useReturnTypeSchema = true)
	AwardType updateType(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody RecognitionRequests.AwardTypeRequest request) {
		return types.update(user, id, request.name(), request.description(),
				request.active() == null || request.active());
	}

	@GetMapping("/budgets")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List award budgets", description = "Of a fiscal year (default: this one): every manager's "
			+ "for HR and pay viewers, the caller's own for a manager, none for others.")
	@ApiResponse(responseCode = "200", description = "Budgets with allocated, used and remaining.", useReturnTypeSchema = true)
	List<BudgetResponse> budgets(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer fiscalYear) {
		int year = fiscalYear == null ? budgets.currentYear(user) : fiscalYear;
		return budgets.list(user, year).stream().map(BudgetResponse::of).toList();
	}

	@PutMapping("/budgets")
	@PreAuthorize(HR)
	@Operation(summary = "Set a manager's award budget", description = "HR only; for one fiscal year.")
	@ApiResponse(responseCode = "200", description = "The budget.", useReturnTypeSchema = true)
	BudgetResponse setBudget(@AuthenticationPrincipal CurrentUser user,
			@RequestBody RecognitionRequests.BudgetRequest request) {
		if (request.fiscalYear() == null) {
			throw io.lodestar.platform.web.BusinessRuleException.invalid("recognition.budget.year-required", "fiscalYear");
		}
		return BudgetResponse.of(budgets.set(user, request.managerId(), request.fiscalYear(), request.allocated()));
	}

	@PostMapping("/praise")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Praise a colleague", description = "Not oneself; optionally for one of their goals. "
			+ "The colleague is notified.")
	@ApiResponse(responseCode = "201", description = "The praise post.", useReturnTypeSchema = true)
	ResponseEntity<RecognitionResponse> praise(@AuthenticationPrincipal CurrentUser user,
			@RequestBody RecognitionRequests.CreatePraise request) {
		RecognitionItem post = praise.post(user, request.recipientId(), request.message(), request.goalId());
		return ResponseEntity.created(URI.create("/api/v1/recognition/praise/" + post.id()))
			.body(RecognitionResponse.of(post));
	}

	@GetMapping("/praise/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a praise post")
	@ApiResponse(responseCode = "200", description = "The praise post.", useReturnTypeSchema = true)
	RecognitionResponse praisePost(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return RecognitionResponse.of(praise.get(user, id));
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "AwardBudget")
	record BudgetResponse(UUID id, UUID managerId, String managerName, int fiscalYear,
			java.math.BigDecimal allocated, java.math.BigDecimal used, java.math.BigDecimal remaining, String currency) {

		static BudgetResponse of(Budget budget) {
			return new BudgetResponse(budget.id(), budget.managerId(), budget.managerName(), budget.fiscalYear(),
					budget.allocated(), budget.used(), budget.remaining(), budget.currency());
		}

	}

}
