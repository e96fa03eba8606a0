package io.lodestar.integration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.integration.ApiKeyView;
import io.lodestar.integration.ApiKeys;
import io.lodestar.integration.IssuedApiKey;
import io.lodestar.integration.NewApiKey;
import io.lodestar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Integration API keys over the API (HR and system administrators, with a session or a personal token). */
@RestController
@RequestMapping("/api/v1/integration/api-keys")
@Tag(name = IntegrationWeb.TAG_KEYS, description = "API keys per integration, with scopes (HR and system administrators).")
class ApiKeyApiController {

	private final ApiKeys keys;

	ApiKeyApiController(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "List API keys", description = "Newest first, revoked and expired ones included; never the keys themselves.")
	@ApiResponse(responseCode = "200", description = "The company's keys.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "keys", value = "[" + IntegrationApiExamples.KEY + "]")))
	List<ApiKeyView> list(@AuthenticationPrincipal CurrentUser user) {
		return keys.list(user);
	}

	@PostMapping
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "Create an API key",
			description = "Scopes from PEOPLE_READ, GOALS_READ, MEASUREMENTS_WRITE, CHECK_INS_WRITE, ATTENDANCE_READ, "
					+ "ATTENDANCE_WRITE; optional last day (expiresOn) and allowed IP addresses or CIDR ranges. The key "
					+ "is in the answer only: store it now, it cannot be shown again.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = NewApiKey.class),
							examples = @ExampleObject(name = "key", value = IntegrationApiExamples.NEW_KEY))))
	@ApiResponse(responseCode = "201", description = "Created, with the key itself (shown once).", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "issued", value = IntegrationApiExamples.ISSUED_KEY)))
	ResponseEntity<IssuedApiKey> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewApiKey body) {
		IssuedApiKey issued = keys.issue(user, body);
		return ResponseEntity.created(URI.create("/api/v1/integration/api-keys/" + issued.details().id())).body(issued);
	}

	@PostMapping("/{id}/revocation")
	@PreAuthorize(IntegrationWeb.ADMIN)
	@Operation(summary = "Revoke an API key", description = "At once and for good; calls with it are answered 401.")
	@ApiResponse(responseCode = "200", description = "The revoked key.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "revoked", value = IntegrationApiExamples.KEY)))
	ApiKeyView revoke(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The key's id.") @PathVariable UUID id) {
		return keys.revoke(user, id);
	}

}
