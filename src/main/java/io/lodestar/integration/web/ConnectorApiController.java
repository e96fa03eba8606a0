package io.lodestar.integration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

import io.lodestar.integration.ConnectorView;
import io.lodestar.integration.Connectors;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * SQL pull connectors over the API (HR administrators only). The password is write-only: it is accepted,
 * encrypted and never returned.
 */
@RestController
@RequestMapping("/api/v1/connectors")
@Tag(name = "Connectors", description = "SQL pull connectors that record KPI actuals from the company's own "
		+ "database (HR administrators).")
class ConnectorApiController {

	private final Connectors connectors;

	private final Messages messages;

	ConnectorApiController(Connectors connectors, Messages messages) {
		this.connectors = connectors;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "List connectors", description = "With each one's schedule and last run.")
	List<ConnectorResponse> list(@AuthenticationPrincipal CurrentUser user) {
		return connectors.all(user).stream().map(view -> ConnectorResponse.of(view, messages)).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "Get a connector")
	ConnectorResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return ConnectorResponse.of(connectors.get(user, id), messages);
	}

	@PostMapping
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "Create a connector",
			description = "Only jdbc:postgresql: and jdbc:h2: URLs; the query must be a single SELECT or WITH statement.")
	@ApiResponse(responseCode = "201", description = "Created; Location names the new connector.", useReturnTypeSchema = true)
	ResponseEntity<ConnectorResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ConnectorBody body) {
		ConnectorView created = connectors.create(user, body.command());
		return ResponseEntity.created(URI.create("/api/v1/connectors/" + created.id()))
			.body(ConnectorResponse.of(created, messages));
	}

	@PutMapping("/{id}")
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "Change a connector", description = "The whole connector with the version read; omit the "
			+ "password to keep the stored one.")
	ConnectorResponse update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ConnectorBody body) {
		if (body.version() == null) {
			connectors.get(user, id);
			throw BusinessRuleException.invalid("platform.validation.version-required", "version");
		}
		return ConnectorResponse.of(connectors.update(user, id, body.command(), body.version()), messages);
	}

	@PostMapping("/{id}/runs")
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "Run a connector now",
			description = "Runs it at once and answers when it is done; 409 while it is running.")
	@ApiResponse(responseCode = "201", description = "The run (SUCCESS, PARTIAL or FAILED).", useReturnTypeSchema = true)
	ResponseEntity<RunResponse> run(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return ResponseEntity.status(HttpStatus.CREATED).body(RunResponse.of(connectors.runNow(user, id), messages));
	}

	@GetMapping("/{id}/runs")
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "Runs of a connector", description = "Newest first, paged.")
	PageResult<RunResponse> runs(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return connectors.runs(user, id, PageQuery.of(page, size, null)).map(run -> RunResponse.of(run, messages));
	}

}
