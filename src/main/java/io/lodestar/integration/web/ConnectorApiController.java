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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
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

	static final String CONNECTOR_EXAMPLE = """
			{
			  "id": "5b2f8c1e-7d3a-4e9b-a1c2-3d4e5f607182",
			  "name": "MES loss rates",
			  "jdbcUrl": "jdbc:postgresql://mes.example.internal:5432/mes",
			  "username": "lodestar_reader",
			  "passwordSet": true,
			  "query": "select employee_no, loss_rate, month_start from monthly_loss",
			  "mode": "ROWS",
			  "kpiId": null,
			  "definitionId": "0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f",
			  "kpiPeriodId": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
			  "valuePeriod": "CURRENT_MONTH",
			  "fixedMonth": null,
			  "schedule": "DAILY",
			  "hour": 6,
			  "weekday": null,
			  "dayOfMonth": null,
			  "enabled": true,
			  "nextRunAt": "2026-03-05T22:00:00Z",
			  "running": false,
			  "lastRun": null,
			  "version": 0
			}
			""";

	static final String CREATE_EXAMPLE = """
			{
			  "name": "MES loss rates",
			  "jdbcUrl": "jdbc:postgresql://mes.example.internal:5432/mes",
			  "username": "lodestar_reader",
			  "password": "a read-only password",
			  "query": "select employee_no, loss_rate, month_start from monthly_loss",
			  "mode": "ROWS",
			  "definitionId": "0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f",
			  "kpiPeriodId": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
			  "schedule": "DAILY",
			  "hour": 6
			}
			""";

	static final String UPDATE_EXAMPLE = """
			{
			  "name": "MES loss rates",
			  "jdbcUrl": "jdbc:postgresql://mes.example.internal:5432/mes",
			  "username": "lodestar_reader",
			  "query": "select employee_no, loss_rate, month_start from monthly_loss where plant = 'A'",
			  "mode": "ROWS",
			  "definitionId": "0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f",
			  "kpiPeriodId": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
			  "schedule": "WEEKLY",
			  "hour": 6,
			  "weekday": 1,
			  "enabled": true,
			  "version": 0
			}
			""";

	static final String RUN_EXAMPLE = """
			{
			  "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
			  "connectorId": "5b2f8c1e-7d3a-4e9b-a1c2-3d4e5f607182",
			  "trigger": "MANUAL",
			  "status": "PARTIAL",
			  "startedAt": "2026-03-05T02:00:00Z",
			  "finishedAt": "2026-03-05T02:00:03Z",
			  "rowsRead": 121,
			  "recorded": 118,
			  "unchanged": 2,
			  "skipped": 1,
			  "errorCode": null,
			  "error": null,
			  "problems": [
			    {"row": 57, "employeeNo": "W-0999", "measuredOn": "2026-03-01",
			     "code": "integration.run.problem.unknown-employee",
			     "message": "No KPI of this library KPI in the period for employee number W-0999 (unknown number, or no such KPI)."}
			  ]
			}
			""";

	private final Connectors connectors;

	private final Messages messages;

	ConnectorApiController(Connectors connectors, Messages messages) {
		this.connectors = connectors;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "List connectors", description = "With each one's schedule and last run.")
	@ApiResponse(responseCode = "200", description = "The connectors, by name.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "connectors", value = "[" + CONNECTOR_EXAMPLE + "]")))
	List<ConnectorResponse> list(@AuthenticationPrincipal CurrentUser user) {
		return connectors.all(user).stream().map(view -> ConnectorResponse.of(view, messages)).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "Get a connector")
	@ApiResponse(responseCode = "200", description = "The connector (never its password).", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "connector", value = CONNECTOR_EXAMPLE)))
	ConnectorResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return ConnectorResponse.of(connectors.get(user, id), messages);
	}

	@PostMapping
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "Create a connector",
			description = "Only jdbc:postgresql: and jdbc:h2: URLs; the query must be a single SELECT or WITH statement.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = ConnectorBody.class),
							examples = @ExampleObject(name = "rows", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new connector.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "connector", value = CONNECTOR_EXAMPLE)))
	ResponseEntity<ConnectorResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ConnectorBody body) {
		ConnectorView created = connectors.create(user, body.command());
		return ResponseEntity.created(URI.create("/api/v1/connectors/" + created.id()))
			.body(ConnectorResponse.of(created, messages));
	}

	@PutMapping("/{id}")
	@PreAuthorize(ConnectorController.HR)
	@Operation(summary = "Change a connector", description = "The whole connector with the version read; omit the "
			+ "password to keep the stored one (a changed URL or user needs the password again).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = ConnectorBody.class),
							examples = @ExampleObject(name = "weekly", value = UPDATE_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The changed connector.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "connector", value = CONNECTOR_EXAMPLE)))
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
	@ApiResponse(responseCode = "201", description = "The run (SUCCESS, PARTIAL or FAILED).", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "partial", value = RUN_EXAMPLE)))
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
