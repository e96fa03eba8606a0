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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The org tree over the API. Everyone in the company reads it; HR and system administrators change it. */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = ApiDocs.TAG_ORG_UNITS)
class OrgUnitApiController {

	static final String UNIT_EXAMPLE = """
			{
			  "id": "5b1d0f0e-3f7a-4c1e-9a4e-0c8d2f1a7b21",
			  "parentId": "1c2e4a6b-8d0f-4a2c-9e4b-6d8f0a2c4e61",
			  "code": "SALES-EAST",
			  "name": "Sales East",
			  "kind": "TEAM",
			  "sortOrder": 1,
			  "head": {"id": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52", "name": "Max Manager"},
			  "members": 4,
			  "totalMembers": 4,
			  "version": 0
			}
			""";

	static final String CREATE_EXAMPLE = """
			{
			  "parentId": "1c2e4a6b-8d0f-4a2c-9e4b-6d8f0a2c4e61",
			  "code": "SALES-EAST",
			  "name": "Sales East",
			  "kind": "TEAM",
			  "headEmployeeId": null,
			  "sortOrder": 1
			}
			""";

	static final String UPDATE_EXAMPLE = """
			{
			  "parentId": "1c2e4a6b-8d0f-4a2c-9e4b-6d8f0a2c4e61",
			  "code": "SALES-EAST",
			  "name": "Sales East China",
			  "kind": "TEAM",
			  "headEmployeeId": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52",
			  "sortOrder": 1,
			  "version": 0
			}
			""";

	private final OrgUnitManagement units;

	OrgUnitApiController(OrgUnitManagement units) {
		this.units = units;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List org units",
			description = "All units of the company as a flat list (each with parentId), or as a tree of roots with nested children.")
	@ApiResponse(responseCode = "200", description = "The units.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "flat", value = "[" + UNIT_EXAMPLE + "]")))
	List<OrgUnitResponse> list(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "true: the roots with nested children; false (default): a flat list.")
			@RequestParam(defaultValue = "false") boolean tree) {
		List<OrgUnitNode> roots = units.tree(user);
		if (tree) {
			return roots.stream().map(OrgUnitResponse::tree).toList();
		}
		return roots.stream().flatMap(root -> root.flatten().stream()).map(OrgUnitResponse::flat).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get an org unit")
	@ApiResponse(responseCode = "200", description = "The unit.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "unit", value = UNIT_EXAMPLE)))
	OrgUnitResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return OrgUnitResponse.flat(units.get(user, id));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Create an org unit", description = "HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CreateOrgUnitRequest.class),
							examples = @ExampleObject(name = "team", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new unit.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "unit", value = UNIT_EXAMPLE)))
	ResponseEntity<OrgUnitResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateOrgUnitRequest request) {
		OrgUnitNode created = units.create(user, request.command());
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.id()))
			.body(OrgUnitResponse.flat(created));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Change an org unit",
			description = "Rename, re-code, re-parent (never under itself or its own sub-units) or change the head. "
					+ "HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = UpdateOrgUnitRequest.class),
							examples = @ExampleObject(name = "rename", value = UPDATE_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The changed unit.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "unit", value = UNIT_EXAMPLE)))
	OrgUnitResponse update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody UpdateOrgUnitRequest request) {
		return OrgUnitResponse.flat(units.update(user, id, request.command(), request.version()));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an org unit",
			description = "Only a unit without sub-units and without employees (including people who left); "
					+ "never the root. HR and system administrators only.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		units.delete(user, id);
	}

}
