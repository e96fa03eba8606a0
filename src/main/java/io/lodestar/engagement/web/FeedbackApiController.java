package io.lodestar.engagement.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.engagement.FeedbackManagement;
import io.lodestar.engagement.NewFeedback;
import io.lodestar.engagement.ThreadView;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Feedback threads. The employee, their manager chain and HR take part; for anyone else a thread does not
 * exist (404). Only the manager chain and HR start one; everyone taking part replies.
 */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = EngagementApiDocs.TAG_FEEDBACK,
		description = "Feedback on a person or on one of their KPIs, from the manager chain or HR, and the replies.")
class FeedbackApiController {

	private final FeedbackManagement feedback;

	FeedbackApiController(FeedbackManagement feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List feedback threads",
			description = "Threads about the caller and the people below them (HR: everyone), most recently active "
					+ "first; optionally about one employee or one goal.")
	@ApiResponse(responseCode = "200", description = "One page of threads.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "threads", value = EngagementApiDocs.SUMMARIES)))
	PageResult<ThreadSummaryResponse> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) UUID employeeId, @RequestParam(required = false) UUID goalId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return feedback.list(user, employeeId, goalId, PageQuery.of(page, size, null)).map(ThreadSummaryResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a feedback thread", description = "With all its messages in order.")
	@ApiResponse(responseCode = "200", description = "The thread.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "thread", value = EngagementApiDocs.THREAD)))
	ThreadResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return ThreadResponse.of(feedback.get(user, id));
	}

	@PostMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Give feedback",
			description = "On a person (`employeeId`) or on one of their goals (`goalId`). The employee is notified.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = EngagementRequests.CreateFeedback.class),
							examples = @ExampleObject(name = "on a KPI", value = EngagementApiDocs.CREATE_FEEDBACK))))
	@ApiResponse(responseCode = "201", description = "The new thread.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "thread", value = EngagementApiDocs.THREAD)))
	ResponseEntity<ThreadResponse> give(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody EngagementRequests.CreateFeedback request) {
		ThreadView thread = feedback.give(user, new NewFeedback(request.employeeId(), request.goalId(), request.message()));
		return ResponseEntity.created(URI.create("/api/v1/feedback/" + thread.id())).body(ThreadResponse.of(thread));
	}

	@PostMapping("/{id}/replies")
	@PreAuthorize("isAuthenticated()")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reply in a feedback thread", description = "Everyone else who took part is notified.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = EngagementRequests.Reply.class),
							examples = @ExampleObject(name = "reply", value = EngagementApiDocs.REPLY))))
	@ApiResponse(responseCode = "201", description = "The thread with the new message.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "thread", value = EngagementApiDocs.THREAD)))
	ThreadResponse reply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody EngagementRequests.Reply request) {
		return ThreadResponse.of(feedback.reply(user, id, request.message()));
	}

}
