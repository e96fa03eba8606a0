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

import io.lodestar.engagement.NewSupportRequest;
import io.lodestar.engagement.SupportRequests;
import io.lodestar.engagement.ThreadStatus;
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
 * Support requests: an employee asks for help on one of their goals; it stays OPEN for the manager chain
 * until they resolve it or the employee closes it.
 */
@RestController
@RequestMapping("/api/v1/support-requests")
@Tag(name = EngagementApiDocs.TAG_SUPPORT,
		description = "Requests for support on a KPI, open until the manager chain or HR resolves them.")
class SupportRequestApiController {

	private final SupportRequests support;

	SupportRequestApiController(SupportRequests support) {
		this.support = support;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List support requests",
			description = "The caller's own and those of the people below them (HR: everyone's), most recently "
					+ "active first; `status=OPEN` for the ones still waiting, `employeeId` for one employee.")
	@ApiResponse(responseCode = "200", description = "One page of requests.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "requests", value = EngagementApiDocs.SUMMARIES)))
	PageResult<ThreadSummaryResponse> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) ThreadStatus status, @RequestParam(required = false) UUID employeeId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return support.list(user, status, employeeId, PageQuery.of(page, size, null)).map(ThreadSummaryResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a support request", description = "With all its messages in order.")
	@ApiResponse(responseCode = "200", description = "The request.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "request", value = EngagementApiDocs.SUPPORT)))
	ThreadResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return ThreadResponse.of(support.get(user, id));
	}

	@PostMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Ask for support on one of my goals", description = "The caller's manager chain is notified.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = EngagementRequests.CreateSupportRequest.class),
							examples = @ExampleObject(name = "request", value = EngagementApiDocs.CREATE_SUPPORT))))
	@ApiResponse(responseCode = "201", description = "The new request, OPEN.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "request", value = EngagementApiDocs.SUPPORT)))
	ResponseEntity<ThreadResponse> raise(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody EngagementRequests.CreateSupportRequest request) {
		ThreadView raised = support.raise(user, new NewSupportRequest(request.goalId(), request.message()));
		return ResponseEntity.created(URI.create("/api/v1/support-requests/" + raised.id()))
			.body(ThreadResponse.of(raised));
	}

	@PostMapping("/{id}/replies")
	@PreAuthorize("isAuthenticated()")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reply to a support request", description = "Only while it is OPEN (409 afterwards).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = EngagementRequests.Reply.class),
							examples = @ExampleObject(name = "reply", value = EngagementApiDocs.REPLY))))
	@ApiResponse(responseCode = "201", description = "The request with the new message.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "request", value = EngagementApiDocs.SUPPORT)))
	ThreadResponse reply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody EngagementRequests.Reply request) {
		return ThreadResponse.of(support.reply(user, id, request.message()));
	}

	@PostMapping("/{id}/resolve")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Resolve or close a support request",
			description = "The manager chain or HR resolves it (RESOLVED); the employee closes it (CLOSED). An "
					+ "optional last message is posted first. 409 when it is no longer open.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					content = @Content(schema = @Schema(implementation = EngagementRequests.Resolve.class),
							examples = @ExampleObject(name = "with a message", value = EngagementApiDocs.RESOLVE))))
	@ApiResponse(responseCode = "200", description = "The request, RESOLVED or CLOSED.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "request", value = EngagementApiDocs.SUPPORT)))
	ThreadResponse resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) EngagementRequests.Resolve request) {
		return ThreadResponse.of(support.resolve(user, id, request == null ? null : request.message()));
	}

}
