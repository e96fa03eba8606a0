package io.lodestar.kpi.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.OwnerType;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.RecordedBatch;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * KPIs over the API: create, read with results, change scoring, explain a number, read and record actuals.
 * Reading follows the goal's visibility (a colleague's personal KPI is 404 unless the company makes KPI actuals
 * public); setting follows who sets the goal; recording also allows the owner of a self-reported KPI.
 */
@RestController
@RequestMapping("/api/v1/kpis")
@Tag(name = ApiDocs.TAG_KPIS)
class KpiApiController {

	private final KpiManagement kpis;

	private final GoalManagement goals;

	private final Measurements measurements;

	private final KpiResponses responses;

	private final Messages messages;

	KpiApiController(KpiManagement kpis, GoalManagement goals, Measurements measurements, KpiResponses responses,
			Messages messages) {
		this.kpis = kpis;
		this.goals = goals;
		this.measurements = measurements;
		this.responses = responses;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List KPIs",
			description = "The KPIs the caller may see, with their results; periodId includes the periods inside it. "
					+ "A pushing system finds the ids of the KPIs it feeds here.")
	@ApiResponse(responseCode = "200", description = "The KPIs.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "kpis", value = "[" + KpiApiExamples.KPI + "]")))
	List<KpiResponse> list(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "A period; its sub-periods are included.") @RequestParam(required = false) UUID periodId,
			@RequestParam(required = false) OwnerType ownerType,
			@Parameter(description = "An org unit or employee id.") @RequestParam(required = false) UUID ownerId) {
		var visible = goals.list(user, new GoalFilter(periodId, ownerType, ownerId, Set.of(GoalKind.KPI), false));
		return responses.of(user, kpis.details(user, visible));
	}

	@PostMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Create a KPI",
			description = "For the company, an org unit or an employee, optionally contributing to a parent goal. Company "
					+ "KPIs are set by executives and HR, unit KPIs by HR, executives and the unit's heads, personal KPIs by "
					+ "HR and the manager chain. A meaningless configuration (e.g. a target equal to the baseline for "
					+ "progress scoring) is refused with 422 naming the field.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CreateKpiRequest.class),
							examples = @ExampleObject(name = "worker", value = KpiApiExamples.CREATE))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the new KPI.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "kpi", value = KpiApiExamples.KPI)))
	ResponseEntity<KpiResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateKpiRequest request) {
		KpiDetail created = ConfigFields.inRequestTerms(() -> kpis.create(user, request.command()));
		return ResponseEntity.created(URI.create("/api/v1/kpis/" + created.goal().id()))
			.body(responses.of(user, created));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a KPI", description = "Its goal, configuration, overall result and result per measurement period.")
	@ApiResponse(responseCode = "200", description = "The KPI.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "kpi", value = KpiApiExamples.KPI)))
	KpiResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return responses.of(user, kpis.get(user, id));
	}

	@PutMapping("/{id}/config")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Change a KPI's targets and scoring",
			description = "With the configVersion read. Every result of the KPI is recomputed, and its progress rolls up.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = ConfigureKpiRequest.class),
							examples = @ExampleObject(name = "new-target", value = KpiApiExamples.CONFIGURE))))
	@ApiResponse(responseCode = "200", description = "The KPI with its recomputed results.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "kpi", value = KpiApiExamples.KPI)))
	KpiResponse configure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ConfigureKpiRequest request) {
		UUID definition = kpis.get(user, id).config().definitionId();
		return responses.of(user, ConfigFields.inRequestTerms(
				() -> kpis.configure(user, id, request.config().config(definition), request.version())));
	}

	@GetMapping("/{id}/explain")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Explain a KPI's number",
			description = "The formula (key and text in the caller's language), its inputs, the substituted expression, "
					+ "notes, the rule and the measurements with their sources, for the KPI's own period or one inside it.")
	@ApiResponse(responseCode = "200", description = "The explanation.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "explanation", value = KpiApiExamples.EXPLAIN)))
	ExplainResponse explain(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Parameter(description = "A period within the KPI's; default its own period.") @RequestParam(required = false) UUID periodId) {
		return ExplainResponse.of(kpis.explain(user, id, periodId), messages);
	}

	@GetMapping("/{id}/measurements")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Actuals of a KPI",
			description = "Every measurement in the KPI's period, newest first; corrected ones are marked superseded.")
	@ApiResponse(responseCode = "200", description = "The measurements.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "measurements", value = "[" + KpiApiExamples.MEASUREMENT + "]")))
	List<MeasurementResponse> measurements(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return kpis.measurements(user, id).stream().map(MeasurementResponse::of).toList();
	}

	@PostMapping("/{id}/measurements")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Record an actual",
			description = "One value (source API). A known idempotency key with the same value answers 200 with the "
					+ "stored measurement and changes nothing; with another value it is refused. Problems with the value "
					+ "answer 422 with index 0. Into a locked period only HR administrators, with lockOverride and a reason.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = RecordMeasurementRequest.class),
							examples = @ExampleObject(name = "actual", value = KpiApiExamples.RECORD))))
	@ApiResponse(responseCode = "201", description = "Recorded.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "measurement", value = KpiApiExamples.MEASUREMENT)))
	@ApiResponse(responseCode = "200", description = "Already recorded under this idempotency key; nothing changed.",
			content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
	@ApiResponse(responseCode = "422", description = "The value was refused; nothing was stored.",
			content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA),
					examples = @ExampleObject(name = "items-rejected", value = KpiApiExamples.ITEMS_REJECTED)))
	ResponseEntity<MeasurementResponse> record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody RecordMeasurementRequest request) {
		if (!kpis.get(user, id).recordable()) {
			throw new AccessDeniedException("record actuals for this KPI");
		}
		RecordedBatch recorded = measurements.record(user, MeasurementSource.API, List.of(request.command(id)), false);
		if (recorded.recorded().isEmpty()) {
			// a re-send under a known key: answer with what is stored
			return ResponseEntity.ok(MeasurementResponse.of(kpis.measurementByKey(user, request.idempotencyKey())
				.orElseThrow()));
		}
		UUID created = recorded.recorded().get(0);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/measurements/" + created))
			.body(MeasurementResponse.of(kpis.measurement(user, created)));
	}

}
