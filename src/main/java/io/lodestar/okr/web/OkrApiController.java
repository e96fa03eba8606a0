package io.lodestar.okr.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.goals.OwnerType;
import io.lodestar.okr.CommentView;
import io.lodestar.okr.NewComment;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrClosing;
import io.lodestar.okr.OkrEvent;
import io.lodestar.okr.Reflection;
import io.lodestar.okr.ReviewComments;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Objectives over the API: draft, edit, submit, approve or return, align, comment and suggest, decide
 * suggestions, reflect. Every change takes the version the caller saw (409 when someone else changed it since).
 */
@RestController
@RequestMapping("/api/v1/okr/objectives")
@Tag(name = ApiDocs.TAG_OBJECTIVES)
class OkrApiController {

	private final Objectives objectives;

	private final ReviewComments comments;

	private final OkrClosing closing;

	OkrApiController(Objectives objectives, ReviewComments comments, OkrClosing closing) {
		this.objectives = objectives;
		this.comments = comments;
		this.closing = closing;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Objectives of a cycle the caller may see (private ones only for their owner's chain and HR)")
	List<ObjectiveView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID cycleId,
			@RequestParam(required = false) OwnerType ownerType, @RequestParam(required = false) UUID ownerId) {
		return objectives.list(user, cycleId, ownerType, ownerId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Draft an objective with 1-5 key results (weights need not make 100 % until submit)")
	ObjectiveView draft(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ObjectiveDraft request) {
		return objectives.draft(user, request);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One objective with its key results and what the caller may do")
	ObjectiveView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return objectives.get(user, id);
	}

	@PutMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Change a draft or returned objective and its key results (send the version you read)")
	ObjectiveView edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ObjectiveDraft request) {
		return objectives.edit(user, id, request);
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Submit for review: 1-5 key results whose weights make exactly 100 %")
	ObjectiveView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) OkrRequests.Version body) {
		return objectives.submit(user, id, body == null ? null : body.version());
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Approve a submitted objective (the reviewer: the level above the owner, or HR)")
	ObjectiveView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody(required = false) OkrRequests.Decision body) {
		return objectives.approve(user, id, body == null ? null : body.version(), body == null ? null : body.note());
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Return a submitted objective to its owner with a reason")
	ObjectiveView returnToOwner(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody OkrRequests.Decision body) {
		return objectives.returnToOwner(user, id, body.version(), body.note());
	}

	@PutMapping("/{id}/alignment")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Contribute to one objective, key result, KPI or strategic goal (parentId null: none)")
	ObjectiveView align(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody OkrRequests.Alignment body) {
		return objectives.align(user, id, body.parentId(), body.weight());
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Every state change with who, when and why")
	List<OkrEvent> history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return objectives.history(user, id);
	}

	@GetMapping("/{id}/comments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Comments and suggestions on the objective and its key results")
	List<CommentView> comments(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return comments.of(user, id);
	}

	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Comment, or (reviewer) suggest a key result or a new target")
	CommentView comment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewComment body) {
		return comments.comment(user, id, body);
	}

	@PostMapping("/{id}/comments/{commentId}/decision")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Accept (applies it) or decline a suggestion")
	CommentView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID commentId,
			@RequestBody OkrRequests.SuggestionDecision body) {
		return comments.decide(user, id, commentId, body.accept());
	}

	@PutMapping("/{id}/reflection")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "What went well, what did not, why, and the carry-over decision (closing phase)")
	ObjectiveView reflect(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody Reflection body) {
		return closing.reflect(user, id, body);
	}

}
