package io.lodestar.engagement.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.engagement.Notifications;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own in-app notifications. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = EngagementApiDocs.TAG_NOTIFICATIONS, description = "The caller's in-app notifications.")
class NotificationApiController {

	private final Notifications notifications;

	private final Messages messages;

	NotificationApiController(Notifications notifications, Messages messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List my notifications",
			description = "Newest first; `unread=true` for the unread ones only. The text is in the caller's language.")
	@ApiResponse(responseCode = "200", description = "One page of notifications.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "notifications", value = EngagementApiDocs.NOTIFICATIONS)))
	PageResult<NotificationResponse> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return notifications.inbox(user, unread, PageQuery.of(page, size, null))
			.map(notification -> NotificationResponse.of(notification, messages));
	}

	@PostMapping("/{id}/read")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Mark one notification read", description = "Again is harmless. Another user's is 404.")
	@ApiResponse(responseCode = "200", description = "The notification, read.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "read", value = EngagementApiDocs.NOTIFICATION)))
	NotificationResponse read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return NotificationResponse.of(notifications.markRead(user, id), messages);
	}

	@PostMapping("/read-all")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Mark all my notifications read")
	@ApiResponse(responseCode = "200", description = "How many were unread.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "marked", value = "{\"marked\": 3}")))
	Map<String, Integer> readAll(@AuthenticationPrincipal CurrentUser user) {
		return Map.of("marked", notifications.markAllRead(user));
	}

}
