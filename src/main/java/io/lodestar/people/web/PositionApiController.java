package io.lodestar.people.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.people.PositionManagement;
import io.lodestar.people.PositionView;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Job titles over the API. Everyone in the company reads them; HR and system administrators change them. */
@RestController
@RequestMapping("/api/v1/positions")
@Tag(name = ApiDocs.TAG_POSITIONS)
class PositionApiController {

	static final String POSITION_EXAMPLE = """
			{
			  "id": "3e5a7c9e-1b3d-4f5a-8c7e-9a1c3e5b7d93",
			  "code": "REP",
			  "name": "Sales representative",
			  "description": "Sells to key accounts in the region.",
			  "version": 0
			}
			""";

	static final String CREATE_EXAMPLE = """
			{"code": "REP", "name": "Sales representative", "description": "Sells to key accounts in the region."}
			""";

	static final String UPDATE_EXAMPLE = """
			{"code": "REP", "name": "Senior sales representative", "description": null, "version": 0}
			""";

	private final PositionManagement positions;

	PositionApiController(PositionManagement positions) {
		this.positions = positions;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List positions", description = "All positions of the company, by name.")
	@ApiResponse(responseCode = "200", description = "The positions.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "positions", value = "[" + POSITION_EXAMPLE + "]")))
	List<PositionResponse> list(@AuthenticationPrincipal CurrentUser user) {
		return positions.all(user).stream().map(PositionResponse::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a position")
	@ApiResponse(responseCode = "200", description = "The position.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "position", value = POSITION_EXAMPLE)))
	PositionResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return PositionResponse.of(positions.get(user, id));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Create a position", description = "HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CreatePositionRequest.class),
							examples = @ExampleObject(name = "position", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new position.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "position", value = POSITION_EXAMPLE)))
	ResponseEntity<PositionResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreatePositionRequest request) {
		PositionView created = positions.create(user, request.command());
		return ResponseEntity.created(URI.create("/api/v1/positions/" + created.id())).body(PositionResponse.of(created));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Change a position", description = "HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = UpdatePositionRequest.class),
							examples = @ExampleObject(name = "rename", value = UPDATE_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The changed position.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "position", value = POSITION_EXAMPLE)))
	PositionResponse update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody UpdatePositionRequest request) {
		return PositionResponse.of(positions.update(user, id, request.command(), request.version()));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a position",
			description = "Only a position nobody holds (including people who left). HR and system administrators only.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		positions.delete(user, id);
	}

}
