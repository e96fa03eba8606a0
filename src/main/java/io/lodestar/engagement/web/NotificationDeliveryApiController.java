package io.lodestar.engagement.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.engagement.DeliveryStatus;
import io.lodestar.engagement.NotificationDeliveries;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The delivery log of emails and group-chat messages, for HR administrators. */
@RestController
@RequestMapping("/api/v1/notification-deliveries")
@Tag(name = "Notification deliveries", description = "Emails and group-chat messages sent or waiting (HR administrators).")
class NotificationDeliveryApiController {

	static final String DELIVERY = """
			{
			  "id": "8c7b6a59-4e3d-4c2b-9a18-f7e6d5c4b3a2",
			  "notificationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
			  "channel": "CHAT",
			  "target": "销售部钉钉群",
			  "kind": "OKR_CHECK_IN",
			  "text": "Time for this week's check-in in 2026 Q1.",
			  "status": "PENDING",
			  "attempts": 2,
			  "nextAttemptAt": "2026-03-02T01:06:00Z",
			  "lastAttemptAt": "2026-03-02T01:01:00Z",
			  "sentAt": null,
			  "lastError": "errcode 130101: send too fast",
			  "createdAt": "2026-03-02T01:00:00Z"
			}
			""";

	private final NotificationDeliveries deliveries;

	private final Messages messages;

	NotificationDeliveryApiController(NotificationDeliveries deliveries, Messages messages) {
		this.deliveries = deliveries;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "List deliveries", description = "Newest first; `status` filters (PENDING, SENDING, SENT, FAILED).")
	@ApiResponse(responseCode = "200", description = "One page of deliveries.", useReturnTypeSchema = true)
	PageResult<DeliveryResponse> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return deliveries.list(user, status, PageQuery.of(page, size, null))
			.map(view -> DeliveryResponse.of(view, messages));
	}

	@GetMapping("/{id}")
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "Get a delivery")
	@ApiResponse(responseCode = "200", description = "The delivery.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "delivery", value = DELIVERY)))
	DeliveryResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return DeliveryResponse.of(deliveries.get(user, id), messages);
	}

	@PostMapping("/{id}/retry")
	@PreAuthorize(NotificationAdminController.HR)
	@Operation(summary = "Retry a delivery now",
			description = "A failed or waiting delivery goes out in the worker's next round with a fresh set of "
					+ "attempts; a sent one is 409.")
	@ApiResponse(responseCode = "200", description = "The delivery, waiting.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "delivery", value = DELIVERY)))
	DeliveryResponse retry(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return DeliveryResponse.of(deliveries.retryNow(user, id), messages);
	}

}
