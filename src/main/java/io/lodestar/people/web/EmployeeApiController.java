package io.lodestar.people.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.people.DirectoryQuery;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeStatus;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.PositionManagement;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Employees over the API. Everyone in the company searches and reads them, seeing restricted fields only
 * where {@code EmployeeVisibility} allows; HR and system administrators hire, correct, move, off-board and
 * re-hire. Object-level rules are the service's; this class maps HTTP to it.
 */
@RestController
@RequestMapping("/api/v1/employees")
@Tag(name = ApiDocs.TAG_EMPLOYEES)
class EmployeeApiController {

	/** Which employees a search returns. */
	enum StatusFilter {

		ACTIVE, LEFT, ALL

	}

	private final EmployeeManagement employees;

	private final OrgUnitManagement units;

	private final PositionManagement positions;

	private final SensitiveReads reads;

	EmployeeApiController(EmployeeManagement employees, OrgUnitManagement units, PositionManagement positions,
			SensitiveReads reads) {
		this.reads = reads;
		this.employees = employees;
		this.units = units;
		this.positions = positions;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Search employees",
			description = "Pages through the company's employees. Sort fields: name, employeeNo, orgUnit, position; "
					+ "hireDate only for callers who see everyone's restricted fields (HR, executives, system "
					+ "administrators), anyone else gets 400 listing the allowed fields.")
	@ApiResponse(responseCode = "200", description = "One page of employees.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "page", value = EmployeeApiExamples.PAGE)))
	@ApiResponse(responseCode = "400", description = "A sort field outside the allow-list, or a malformed parameter.",
			content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA),
					examples = @ExampleObject(name = "invalid-sort", value = ApiDocs.INVALID_SORT_PROBLEM)))
	@ApiResponse(responseCode = "422", description = "Page or size out of range, or an unknown unit or position filter.",
			content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA),
					examples = @ExampleObject(name = "size-range", value = ApiDocs.BUSINESS_RULE_PROBLEM)))
	PageResult<EmployeeResponse> search(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "Part of the name, employee number or e-mail.") @RequestParam(required = false) String q,
			@Parameter(description = "The unit, including its sub-units.") @RequestParam(required = false) UUID orgUnitId,
			@RequestParam(required = false) UUID positionId,
			@Parameter(description = "ACTIVE (default), LEFT or ALL.") @RequestParam(defaultValue = "ACTIVE") StatusFilter status,
			@Parameter(description = "From 0.") @RequestParam(required = false) Integer page,
			@Parameter(description = "1 to 200; default 20.") @RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc|desc; default name,asc.", example = "name,asc")
			@RequestParam(required = false) String sort) {
		PageQuery paging = PageQuery.of(page, size, sort);
		requireKnownFilters(user, orgUnitId, positionId);
		DirectoryQuery query = new DirectoryQuery(q, orgUnitId, positionId, switch (status) {
			case ACTIVE -> EmployeeStatus.ACTIVE;
			case LEFT -> EmployeeStatus.LEFT;
			case ALL -> null;
		}, status == StatusFilter.ALL);
		return employees.search(user, query, paging).map(EmployeeResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get an employee", description = "Restricted fields are null unless the caller may see them.")
	@ApiResponse(responseCode = "200", description = "The employee.", useReturnTypeSchema = true,
			content = @Content(examples = { @ExampleObject(name = "full", value = EmployeeApiExamples.EMPLOYEE),
					@ExampleObject(name = "restricted", value = EmployeeApiExamples.RESTRICTED_EMPLOYEE) }))
	EmployeeResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		EmployeeResponse employee = EmployeeResponse.of(employees.get(user, id));
		reads.read(user, DataKind.CONTACT_DETAILS, id);
		return employee;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Hire an employee", description = "HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = HireEmployeeRequest.class),
							examples = @ExampleObject(name = "hire", value = EmployeeApiExamples.HIRE))))
	@ApiResponse(responseCode = "201", description = "Hired; Location names the new employee.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "employee", value = EmployeeApiExamples.EMPLOYEE)))
	@ApiResponse(responseCode = "400", description = "Invalid input, e.g. a missing name or a malformed date.",
			content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA),
					examples = { @ExampleObject(name = "validation", value = ApiDocs.VALIDATION_PROBLEM),
							@ExampleObject(name = "unknown-field", value = ApiDocs.UNKNOWN_FIELD_PROBLEM) }))
	@ApiResponse(responseCode = "409", description = "The employee number or e-mail address is taken.",
			content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA),
					examples = @ExampleObject(name = "number-taken", value = ApiDocs.CONFLICT_PROBLEM)))
	ResponseEntity<EmployeeResponse> hire(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody HireEmployeeRequest request) {
		EmployeeView hired = employees.hire(user, request.command());
		return ResponseEntity.created(URI.create("/api/v1/employees/" + hired.id())).body(EmployeeResponse.of(hired));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Correct an employee's details",
			description = "Number, name, e-mail, phone and hire date, with the version read. Placement changes are "
					+ "moves. HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CorrectEmployeeRequest.class),
							examples = @ExampleObject(name = "correct", value = EmployeeApiExamples.CORRECT))))
	@ApiResponse(responseCode = "200", description = "The corrected employee.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "employee", value = EmployeeApiExamples.EMPLOYEE)))
	EmployeeResponse correct(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody CorrectEmployeeRequest request) {
		return EmployeeResponse.of(employees.correct(user, id, request.command()));
	}

	@PostMapping("/{id}/moves")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Move an employee",
			description = "A transfer, promotion or change of manager, effective today or earlier; kept in the "
					+ "placement history. HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = MoveRequest.class),
							examples = @ExampleObject(name = "transfer", value = EmployeeApiExamples.MOVE))))
	@ApiResponse(responseCode = "200", description = "The employee in the new placement.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "employee", value = EmployeeApiExamples.EMPLOYEE)))
	EmployeeResponse move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody MoveRequest request) {
		return EmployeeResponse.of(employees.move(user, id, request.command()));
	}

	@PostMapping("/{id}/departure")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Record that an employee left",
			description = "The last working day is today or earlier; the employee's account stops working at once. "
					+ "HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = DepartureRequest.class),
							examples = @ExampleObject(name = "departure", value = EmployeeApiExamples.DEPARTURE))))
	@ApiResponse(responseCode = "200", description = "The employee, now with status LEFT.")
	EmployeeResponse leave(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody DepartureRequest request) {
		return EmployeeResponse.of(employees.leave(user, id, request.command()));
	}

	@PostMapping("/{id}/rejoin")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Re-hire an employee who left",
			description = "In their last placement; a manager who has left meanwhile is dropped. The body is optional. "
					+ "HR and system administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					content = @Content(schema = @Schema(implementation = RejoinRequest.class),
							examples = @ExampleObject(name = "rejoin", value = EmployeeApiExamples.REJOIN))))
	@ApiResponse(responseCode = "200", description = "The employee, active again.")
	EmployeeResponse rejoin(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody(required = false) RejoinRequest request) {
		return EmployeeResponse.of(employees.rejoin(user, id, request == null ? null : request.firstDay()));
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Placement history of an employee",
			description = "Newest first. Only for callers who may see the employee's restricted fields; others get 403.")
	@ApiResponse(responseCode = "200", description = "The placements.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "history", value = EmployeeApiExamples.HISTORY)))
	List<AssignmentResponse> history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return employees.history(user, id).stream().map(AssignmentResponse::of).toList();
	}

	@GetMapping("/{id}/direct-reports")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Direct reports of an employee", description = "Active employees only, by name.")
	@ApiResponse(responseCode = "200", description = "The direct reports.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "reports", value = "[" + EmployeeApiExamples.EMPLOYEE + "]")))
	List<EmployeeResponse> directReports(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		employees.get(user, id);
		return employees.directReports(user, id).stream().map(EmployeeResponse::of).toList();
	}

	/** A filter naming a unit or position the company does not have is a mistake, not an empty result. */
	private void requireKnownFilters(CurrentUser user, UUID orgUnitId, UUID positionId) {
		if (orgUnitId != null) {
			try {
				units.get(user, orgUnitId);
			}
			catch (NotFoundException unknown) {
				throw BusinessRuleException.invalid("people.org-unit.unknown", "orgUnitId");
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
