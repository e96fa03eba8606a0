package io.lodestar.goals.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The goal graph over the API. Who sees and sets which goal is {@code GoalAccess}'s rule, applied by
 * {@link GoalManagement}: goals the caller may not see are 404, goals they see but may not change 403.
 */
@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = ApiDocs.TAG_GOALS)
class GoalApiController {

	private final GoalManagement goals;

	private final Messages messages;

	GoalApiController(GoalManagement goals, Messages messages) {
		this.goals = goals;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List goals",
			description = "The goals the caller may see, oldest first. periodId includes the periods inside it (a year "
					+ "lists its quarters' and months' goals too). Archived goals only with includeArchived.")
	@ApiResponse(responseCode = "200", description = "The goals.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "goals", value = "[" + GoalApiExamples.GOAL + "]")))
	List<GoalResponse> list(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "A period; its sub-periods are included.") @RequestParam(required = false) UUID periodId,
			@RequestParam(required = false) OwnerType ownerType,
			@Parameter(description = "An org unit or employee id.") @RequestParam(required = false) UUID ownerId,
			@Parameter(description = "One or more kinds; all when omitted.") @RequestParam(required = false) Set<GoalKind> kind,
			@RequestParam(defaultValue = "false") boolean includeArchived) {
		return responses(goals.list(user, new GoalFilter(periodId, ownerType, ownerId, kind == null ? Set.of() : kind,
				includeArchived)));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a goal")
	@ApiResponse(responseCode = "200", description = "The goal.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "goal", value = GoalApiExamples.GOAL)))
	GoalResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return GoalResponse.of(goals.get(user, id), messages);
	}

	@PostMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Create a goal",
			description = "A strategic goal (company or org unit), objective or key result, optionally contributing to "
					+ "a parent. Company goals are set by executives and HR, unit goals by HR, executives and the unit's "
					+ "heads, personal goals by HR and the manager chain. KPIs: POST /api/v1/kpis.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CreateGoalRequest.class),
							examples = @ExampleObject(name = "strategy", value = GoalApiExamples.CREATE))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new goal.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "goal", value = GoalApiExamples.GOAL)))
	ResponseEntity<GoalResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateGoalRequest request) {
		if (request.kind() == GoalKind.KPI) {
			// a KPI goal without its scoring configuration could never be scored
			throw BusinessRuleException.invalid("goals-api.goal.kpi-needs-config", "kind");
		}
		GoalView created = goals.create(user, request.command());
		return ResponseEntity.created(URI.create("/api/v1/goals/" + created.id())).body(GoalResponse.of(created, messages));
	}

	@PutMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Change a goal",
			description = "Title, description, weight among its parent's goals and progress driver, with the version read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = UpdateGoalRequest.class),
							examples = @ExampleObject(name = "change", value = GoalApiExamples.UPDATE))))
	@ApiResponse(responseCode = "200", description = "The changed goal.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "goal", value = GoalApiExamples.GOAL)))
	GoalResponse update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody UpdateGoalRequest request) {
		return GoalResponse.of(goals.update(user, id, request.command()), messages);
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Archive a goal",
			description = "It stays for history but leaves lists and its parent's progress.")
	@ApiResponse(responseCode = "200", description = "The archived goal.", useReturnTypeSchema = true)
	GoalResponse archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return GoalResponse.of(goals.archive(user, id, true), messages);
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Restore an archived goal")
	@ApiResponse(responseCode = "200", description = "The active goal.", useReturnTypeSchema = true)
	GoalResponse restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return GoalResponse.of(goals.archive(user, id, false), messages);
	}

	@PutMapping("/{id}/parent")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Contribute to a goal, or stop contributing",
			description = "Makes the goal count in the parent's progress with the weight, replacing any earlier parent; "
					+ "parentId null unlinks it. The parent's period must contain the goal's; circles are refused (409).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = ParentRequest.class),
							examples = { @ExampleObject(name = "contribute", value = GoalApiExamples.PARENT),
									@ExampleObject(name = "unlink", value = "{\"parentId\": null}") })))
	@ApiResponse(responseCode = "200", description = "The goal with its new parent.", useReturnTypeSchema = true)
	GoalResponse parent(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ParentRequest request) {
		return GoalResponse.of(goals.contribute(user, id, request.parentId(), request.weight()), messages);
	}

	@PostMapping("/{id}/supports/{supportedGoalId}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Support another goal",
			description = "A link shown in the graph that never counts in progress. Repeating it changes nothing.")
	@ApiResponse(responseCode = "204", description = "The goal supports the other one.")
	ResponseEntity<Void> support(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID supportedGoalId) {
		link(user, id, supportedGoalId, true);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/supports/{supportedGoalId}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Stop supporting another goal")
	@ApiResponse(responseCode = "204", description = "The link is gone (or was never there).")
	ResponseEntity<Void> unsupport(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID supportedGoalId) {
		link(user, id, supportedGoalId, false);
		return ResponseEntity.noContent().build();
	}

	/** The supported goal is part of the path: one the caller cannot see is not found, like the goal itself. */
	private void link(CurrentUser user, UUID id, UUID supportedGoalId, boolean supports) {
		try {
			goals.support(user, id, supportedGoalId, supports);
		}
		catch (BusinessRuleException unknown) {
			if ("goals.link.parent-unknown".equals(unknown.code())) {
				throw new NotFoundException("goal", supportedGoalId);
			}
			throw unknown;
		}
	}

	@GetMapping("/{id}/children")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Goals contributing to a goal",
			description = "The active goals that count in its progress and that the caller may see.")
	@ApiResponse(responseCode = "200", description = "The contributing goals.", useReturnTypeSchema = true)
	List<GoalResponse> children(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return responses(goals.children(user, id));
	}

	@GetMapping("/{id}/ancestry")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Where a goal lands",
			description = "Its ancestors through contributes links, nearest first. Ancestors the caller may not read in "
					+ "full (a manager's personal KPI) keep their title but have no progress.")
	@ApiResponse(responseCode = "200", description = "The ancestors.", useReturnTypeSchema = true)
	List<GoalResponse> ancestry(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return responses(goals.ancestry(user, id));
	}

	private List<GoalResponse> responses(List<GoalView> views) {
		return views.stream().map(view -> GoalResponse.of(view, messages)).toList();
	}

}
