package io.lodestar.kpi.web;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.MeasurementView;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.kpi.RecordedBatch;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.IndexedError;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Actuals pushed in batches by other systems (ERP, MES, HR systems), idempotent by the sender's keys, and
 * corrections of single actuals. Every item is checked against the caller's rights like a manual entry.
 */
@RestController
@RequestMapping("/api/v1/measurements")
@Tag(name = ApiDocs.TAG_MEASUREMENTS)
class MeasurementApiController {

	/** A batch bigger than this is refused whole: it keeps one request's work and transaction bounded. */
	static final int MAX_ITEMS = 5000;

	private final Measurements measurements;

	private final KpiManagement kpis;

	private final Messages messages;

	MeasurementApiController(Measurements measurements, KpiManagement kpis, Messages messages) {
		this.measurements = measurements;
		this.kpis = kpis;
		this.messages = messages;
	}

	@PostMapping("/batch")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Push a batch of actuals",
			description = "Up to 5,000 items (source API). Every item is checked first: a KPI the caller may record for, "
					+ "a value with at most 6 decimals, a date within the KPI's period and not in the future, an open "
					+ "period (or an HR override with a reason). With partial=false (default) one bad item refuses the "
					+ "whole batch with 422 and errors naming each item's index and field, and nothing is stored. With "
					+ "partial=true the good items are stored and the others listed under refused. An item whose "
					+ "idempotency key is already stored with the same KPI, value and date is counted under duplicates and "
					+ "changes nothing, so a batch can safely be sent again; the same key with other content is refused. "
					+ "A value that is not a number (\"abc\") is malformed JSON for its field: 400.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = BatchRequest.class),
							examples = @ExampleObject(name = "batch", value = KpiApiExamples.BATCH))))
	@ApiResponse(responseCode = "200", description = "What was stored, re-sent and (with partial) refused.",
			useReturnTypeSchema = true,
			content = @Content(examples = { @ExampleObject(name = "stored", value = KpiApiExamples.BATCH_RESULT),
					@ExampleObject(name = "partial", value = KpiApiExamples.PARTIAL_RESULT) }))
	@ApiResponse(responseCode = "422", description = "Refused whole (bad items, or more than 5,000); nothing was stored.",
			content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA),
					examples = @ExampleObject(name = "items-rejected", value = KpiApiExamples.ITEMS_REJECTED)))
	BatchResponse batch(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody BatchRequest request) {
		if (request.items().size() > MAX_ITEMS) {
			throw BusinessRuleException.invalid("kpi-api.batch.too-large", "items", String.format(java.util.Locale.ROOT, "%,d", MAX_ITEMS),
					String.format(java.util.Locale.ROOT, "%,d", request.items().size()));
		}
		if (request.items().isEmpty()) {
			throw BusinessRuleException.invalid("kpi-api.batch.items-required", "items");
		}
		List<NewMeasurement> items = request.items()
			.stream()
			// a null item is reported like an empty one: every required field missing, by its index
			.map(item -> item == null ? new NewMeasurement(null, null, null, null, null, null, false) : item.command())
			.toList();
		RecordedBatch recorded = measurements.record(user, MeasurementSource.API, items, Boolean.TRUE.equals(request.partial()));
		return new BatchResponse(recorded.recorded(), recorded.duplicates(), recorded.refused()
			.stream()
			.map(problem -> new IndexedError(problem.index(), problem.field(), problem.code(),
					messages.get(problem.code(), problem.arguments().toArray())))
			.toList(), recorded.resultsPending());
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Get a measurement", description = "For callers who may read its KPI.")
	@ApiResponse(responseCode = "200", description = "The measurement.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "measurement", value = KpiApiExamples.MEASUREMENT)))
	MeasurementResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return MeasurementResponse.of(kpis.measurement(user, id));
	}

	@PostMapping("/{id}/correction")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Correct a measurement",
			description = "Records the right value as a new measurement that names this one, with a reason; this one "
					+ "stays, superseded. Only the latest value of a chain can be corrected (409 otherwise). In a locked "
					+ "period only HR administrators, with lockOverride.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CorrectionRequest.class),
							examples = @ExampleObject(name = "correction", value = KpiApiExamples.CORRECTION))))
	@ApiResponse(responseCode = "201", description = "The correcting measurement.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "measurement", value = KpiApiExamples.MEASUREMENT)))
	ResponseEntity<MeasurementResponse> correct(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody CorrectionRequest request) {
		MeasurementView original = kpis.measurement(user, id);
		if (!kpis.get(user, original.kpiId()).recordable()) {
			throw new AccessDeniedException("correct actuals of this KPI");
		}
		UUID created = measurements.correct(user, id, request.value(), request.reason(),
				Boolean.TRUE.equals(request.lockOverride()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/measurements/" + created))
			.body(MeasurementResponse.of(kpis.measurement(user, created)));
	}

}
