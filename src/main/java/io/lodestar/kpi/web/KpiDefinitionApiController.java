package io.lodestar.kpi.web;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import io.lodestar.kpi.KpiDefinitionView;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.PersonTarget;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.people.PositionManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The company's KPI library: everyone reads it; HR administrators and executives maintain it; whoever sets
 * goals for employees (HR, their managers) assigns a library KPI to many of them at once.
 */
@RestController
@RequestMapping("/api/v1/kpi-definitions")
@Tag(name = ApiDocs.TAG_KPI_LIBRARY)
class KpiDefinitionApiController {

	private final KpiLibrary library;

	private final PeopleDirectory people;

	private final OrgUnitManagement units;

	private final PositionManagement positions;

	private final KpiResponses responses;

	KpiDefinitionApiController(KpiLibrary library, PeopleDirectory people, OrgUnitManagement units,
			PositionManagement positions, KpiResponses responses) {
		this.library = library;
		this.people = people;
		this.units = units;
		this.positions = positions;
		this.responses = responses;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List the library", description = "By code; archived KPIs only with includeArchived.")
	@ApiResponse(responseCode = "200", description = "The library KPIs.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "library", value = "[" + KpiApiExamples.DEFINITION + "]")))
	List<KpiDefinitionResponse> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "false") boolean includeArchived) {
		return library.all(user, includeArchived).stream().map(KpiDefinitionResponse::of).toList();
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE')")
	@Operation(summary = "Add a KPI to the library",
			description = "A unique code, a name and the default configuration. HR administrators and executives.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CreateKpiDefinitionRequest.class),
							examples = @ExampleObject(name = "loss-rate", value = KpiApiExamples.CREATE_DEFINITION))))
	@ApiResponse(responseCode = "201", description = "Added; Location names it.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "definition", value = KpiApiExamples.DEFINITION)))
	ResponseEntity<KpiDefinitionResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateKpiDefinitionRequest request) {
		KpiDefinitionView created = ConfigFields.inRequestTerms(() -> library.create(user, request.command()));
		return ResponseEntity.created(URI.create("/api/v1/kpi-definitions/" + created.id()))
			.body(KpiDefinitionResponse.of(created));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a library KPI")
	@ApiResponse(responseCode = "200", description = "The library KPI.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "definition", value = KpiApiExamples.DEFINITION)))
	KpiDefinitionResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return KpiDefinitionResponse.of(library.get(user, id));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE')")
	@Operation(summary = "Change a library KPI",
			description = "With the version read. KPIs already assigned keep their own configuration. HR administrators "
					+ "and executives.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = UpdateKpiDefinitionRequest.class),
							examples = @ExampleObject(name = "new-target", value = KpiApiExamples.UPDATE_DEFINITION))))
	@ApiResponse(responseCode = "200", description = "The changed library KPI.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "definition", value = KpiApiExamples.DEFINITION)))
	KpiDefinitionResponse update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody UpdateKpiDefinitionRequest request) {
		return KpiDefinitionResponse.of(ConfigFields.inRequestTerms(() -> library.update(user, id, request.command())));
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE')")
	@Operation(summary = "Archive a library KPI", description = "It can no longer be assigned; assigned KPIs stay.")
	@ApiResponse(responseCode = "200", description = "The archived library KPI.", useReturnTypeSchema = true)
	KpiDefinitionResponse archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return KpiDefinitionResponse.of(library.archive(user, id, true));
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE')")
	@Operation(summary = "Restore an archived library KPI")
	@ApiResponse(responseCode = "200", description = "The library KPI, assignable again.", useReturnTypeSchema = true)
	KpiDefinitionResponse restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return KpiDefinitionResponse.of(library.archive(user, id, false));
	}

	@GetMapping("/{id}/draft")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Draft a bulk assignment",
			description = "The active employees of an org unit (with its sub-units) and/or holding a position, each with "
					+ "the library KPI's default target and weight: only employees the caller sets goals for. Edit the "
					+ "rows and send them to POST /{id}/assignments.")
	@ApiResponse(responseCode = "200", description = "The grid.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "grid", value = KpiApiExamples.DRAFT)))
	List<DraftRowResponse> draft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Parameter(description = "The org unit, including its sub-units.") @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) UUID positionId) {
		requireKnown(user, unitId, positionId);
		List<PersonTarget> rows = library.draft(user, id, unitId, positionId);
		Map<UUID, EmployeeSummary> employees = new HashMap<>();
		people.activeEmployees(user.tenant(), unitId, positionId).forEach(employee -> employees.put(employee.id(), employee));
		return rows.stream().map(row -> {
			EmployeeSummary employee = employees.get(row.employeeId());
			return new DraftRowResponse(row.employeeId(), employee == null ? null : employee.employeeNo(),
					employee == null ? null : employee.name(), Decimals.clean(row.target()), Decimals.clean(row.weight()));
		}).toList();
	}

	@PostMapping("/{id}/assignments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Assign a library KPI to many employees",
			description = "Creates one personal KPI per row in the period, with the row's target and weight (null: the "
					+ "library default), all contributing to parentId if given. All or nothing: any bad row (unknown or "
					+ "departed employee, an employee twice, someone the caller does not set goals for, a weight outside "
					+ "0–100, a meaningless target) refuses the whole assignment with 422 naming each row's index and field.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = AssignmentRequest.class),
							examples = @ExampleObject(name = "assignment", value = KpiApiExamples.ASSIGNMENT))))
	@ApiResponse(responseCode = "201", description = "The new KPIs, in row order.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "kpis", value = "[" + KpiApiExamples.KPI + "]")))
	@ApiResponse(responseCode = "422", description = "Refused whole; nothing was created.",
			content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA),
					examples = @ExampleObject(name = "items-rejected", value = KpiApiExamples.ITEMS_REJECTED)))
	ResponseEntity<List<KpiResponse>> assign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody AssignmentRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(responses.of(user, library.assign(user, request.command(id))));
	}

	/** A filter naming a unit or position the company does not have is a mistake, not an empty grid. */
	private void requireKnown(CurrentUser user, UUID unitId, UUID positionId) {
		if (unitId != null) {
			try {
				units.get(user, unitId);
			}
			catch (NotFoundException unknown) {
				throw BusinessRuleException.invalid("people.org-unit.unknown", "unitId");
			}
		}
		if (positionId != null) {
			try {
				positions.get(user, positionId);
			}
			catch (NotFoundException unknown) {
				throw BusinessRuleException.invalid("people.position.unknown", "positionId");
			}
		}
	}

}
