package io.lodestar.integration.web;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.integration.IssuedWebhookSecret;
import io.lodestar.integration.WebhookDeliveryView;
import io.lodestar.integration.WebhookRequest;
import io.lodestar.integration.WebhookView;
import io.lodestar.integration.Webhooks;
import io.lodestar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Outgoing webhooks and their delivery log over the API (HR and system administrators). */
@RestController
@RequestMapping("/api/v1/integration")
@Tag(name = IntegrationWeb.TAG_WEBHOOKS, description = "Outgoing webhooks on business events, HMAC-signed, retried "
		+ "with backoff, and their delivery log (HR and system administrators).")
class WebhookApiController {

	private static final String EVENT_KINDS = "Event kinds: MEASUREMENT_RECORDED (type measurement.recorded), "
			+ "OBJECTIVE_APPROVED (objective.approved), APPRAISAL_CYCLE_CLOSED (appraisal.cycle.closed), "
			+ "EMPLOYEE_LEFT (employee.left). The URL must be http(s) and resolve to a public address.";

	private final Webhooks webhooks;

	WebhookApiController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/webhooks")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "List webhooks", description = "By name; never their secrets.")
	@ApiResponse(responseCode = "200", description = "The company's webhooks.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "webhooks", value = "[" + IntegrationApiExamples.WEBHOOK + "]")))
	List<WebhookView> list(@AuthenticationPrincipal CurrentUser user) {
		return webhooks.list(user);
	}

	@PostMapping("/webhooks")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "Create a webhook", description = EVENT_KINDS + " The signing secret is in the answer only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = WebhookRequest.class),
							examples = @ExampleObject(name = "webhook", value = IntegrationApiExamples.WEBHOOK_REQUEST))))
	@ApiResponse(responseCode = "201", description = "Created, with its signing secret (shown once).",
			useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "created", value = IntegrationApiExamples.ISSUED_SECRET)))
	ResponseEntity<IssuedWebhookSecret> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody WebhookRequest body) {
		IssuedWebhookSecret created = webhooks.create(user, body);
		return ResponseEntity.created(URI.create("/api/v1/integration/webhooks/" + created.webhook().id()))
			.body(created);
	}

	@GetMapping("/webhooks/{id}")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "Get a webhook")
	@ApiResponse(responseCode = "200", description = "The webhook.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "webhook", value = IntegrationApiExamples.WEBHOOK)))
	WebhookView get(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The webhook's id.") @PathVariable UUID id) {
		return webhooks.get(user, id);
	}

	@PutMapping("/webhooks/{id}")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "Change a webhook", description = EVENT_KINDS + " The secret stays as it is.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = WebhookRequest.class),
							examples = @ExampleObject(name = "webhook", value = IntegrationApiExamples.WEBHOOK_REQUEST))))
	@ApiResponse(responseCode = "200", description = "The changed webhook.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "webhook", value = IntegrationApiExamples.WEBHOOK)))
	WebhookView update(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The webhook's id.") @PathVariable UUID id, @Valid @RequestBody WebhookRequest body) {
		return webhooks.update(user, id, body);
	}

	@DeleteMapping("/webhooks/{id}")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "Delete a webhook", description = "With its delivery log; pending deliveries are dropped.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The webhook's id.") @PathVariable UUID id) {
		webhooks.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/webhooks/{id}/secret")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "Rotate a webhook's secret",
			description = "A new secret signs every delivery from now on, retries included; the old one stops at once.")
	@ApiResponse(responseCode = "200", description = "The webhook with its new secret (shown once).",
			useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "rotated", value = IntegrationApiExamples.ISSUED_SECRET)))
	IssuedWebhookSecret rotate(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The webhook's id.") @PathVariable UUID id) {
		return webhooks.rotateSecret(user, id);
	}

	@GetMapping("/webhooks/{id}/deliveries")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "A webhook's delivery log",
			description = "The latest 200 deliveries, newest first: status (PENDING, SENDING, SENT, FAILED), attempts, "
					+ "last response code or error, next attempt.")
	@ApiResponse(responseCode = "200", description = "The deliveries.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "deliveries", value = "[" + IntegrationApiExamples.DELIVERY + "]")))
	List<WebhookDeliveryView> deliveries(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The webhook's id.") @PathVariable UUID id) {
		return webhooks.deliveries(user, id);
	}

	@PostMapping("/webhook-deliveries/{id}/redelivery")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "Redeliver", description = "Sends the same event (same id and body) again with a fresh set "
			+ "of attempts; 409 while it is being sent.")
	@ApiResponse(responseCode = "200", description = "The delivery, PENDING again.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "pending", value = IntegrationApiExamples.DELIVERY)))
	WebhookDeliveryView redeliver(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The delivery's id.") @PathVariable UUID id) {
		return webhooks.redeliver(user, id);
	}

}
