package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.appraisal.AppraisalChange;
import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.AppraisalView;
import io.lodestar.appraisal.Calibration;
import io.lodestar.appraisal.ForcedDistribution;
import io.lodestar.appraisal.NewAppraisalCycle;
import io.lodestar.appraisal.PayrollExport;
import io.lodestar.appraisal.TemplatePreview;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Appraisal templates and cycles over the API: HR sets them up and moves cycles along; HR and executives
 * calibrate and see distributions; pay (what-if, payroll files) only for those who may see pay.
 */
@RestController
@RequestMapping("/api/v1/appraisal")
@Tag(name = ApiDocs.TAG_APPRAISAL_SETUP)
class AppraisalSetupApiController {

	static final String HR = "hasRole('HR_ADMIN')";

	static final String HR_OR_EXECUTIVE = "hasAnyRole('HR_ADMIN', 'EXECUTIVE')";

	static final String PAY = "hasAnyRole('HR_ADMIN', 'PAY_VIEWER')";

	private final AppraisalTemplates templates;

	private final AppraisalCycles cycles;

	private final AppraisalReviews reviews;

	private final Calibration calibration;

	private final PayrollExport payroll;

	private final Messages messages;

	private final SensitiveReads reads;

	AppraisalSetupApiController(AppraisalTemplates templates, AppraisalCycles cycles, AppraisalReviews reviews,
			Calibration calibration, PayrollExport payroll, Messages messages, SensitiveReads reads) {
		this.reads = reads;
		this.messages = messages;
		this.templates = templates;
		this.cycles = cycles;
		this.reviews = reviews;
		this.calibration = calibration;
		this.payroll = payroll;
	}

	@GetMapping("/templates")
	@PreAuthorize(HR)
	@Operation(summary = "The company's appraisal templates")
	List<AppraisalTemplate> templates(@AuthenticationPrincipal CurrentUser user) {
		return templates.list(user.tenant());
	}

	@PostMapping("/templates")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(HR)
	@Operation(summary = "Create a template (a blank formula is the weighted sum of the weights)")
	AppraisalTemplate createTemplate(@AuthenticationPrincipal CurrentUser user, @RequestBody TemplateRequest body) {
		return templates.create(user, body);
	}

	@GetMapping("/templates/{id}")
	@PreAuthorize(HR)
	@Operation(summary = "One template")
	AppraisalTemplate template(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return templates.get(user.tenant(), id);
	}

	@PutMapping("/templates/{id}")
	@PreAuthorize(HR)
	@Operation(summary = "Change a template (send the version you read)")
	AppraisalTemplate updateTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody TemplateRequest body) {
		return templates.update(user, id, body);
	}

	@PostMapping("/templates/preview")
	@PreAuthorize(HR)
	@Operation(summary = "Try a template on sample employees without storing it (errors name the field and, for the formula, the position)")
	List<PreviewLine> preview(@RequestBody TemplateRequest body,
			@RequestParam(defaultValue = "10000") BigDecimal payBase) {
		return TemplatePreview.of(templates.check(UUID.randomUUID(), body, 0), payBase)
			.stream()
			.map(line -> PreviewLine.of(line, messages))
			.toList();
	}

	@GetMapping("/cycles")
	@PreAuthorize(HR_OR_EXECUTIVE)
	@Operation(summary = "The company's appraisal cycles, newest first")
	List<AppraisalCycle> cycles(@AuthenticationPrincipal CurrentUser user) {
		return cycles.list(user.tenant()).stream().map(cycle -> cycle.shownTo(user)).toList();
	}

	@PostMapping("/cycles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(HR)
	@Operation(summary = "Set up a cycle: everyone active in its org units (with sub-units) or positions gets an appraisal")
	AppraisalCycle createCycle(@AuthenticationPrincipal CurrentUser user, @RequestBody NewAppraisalCycle body) {
		return cycles.create(user, body).shownTo(user);
	}

	@GetMapping("/cycles/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One cycle")
	AppraisalCycle cycle(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return cycles.get(user.tenant(), id).shownTo(user);
	}

	@PostMapping("/cycles/{id}/advance")
	@PreAuthorize(HR)
	@Operation(summary = "Move the cycle to its next phase (name it, to be sure); entering calibration computes the scores")
	AppraisalCycle advance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.Advance body) {
		return cycles.advance(user, id, body.phase()).shownTo(user);
	}

	@PostMapping("/cycles/{id}/reopen")
	@PreAuthorize(HR)
	@Operation(summary = "Reopen a closed cycle (back to results), with a reason")
	AppraisalCycle reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.Reason body) {
		return cycles.reopen(user, id, body.reason()).shownTo(user);
	}

	@PostMapping("/cycles/{id}/recompute")
	@PreAuthorize(HR)
	@Operation(summary = "Recompute every score from the latest data during calibration, with a reason")
	void recompute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.Reason body) {
		calibration.recompute(user, id, body.reason());
	}

	@GetMapping("/cycles/{id}/appraisals")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The cycle's appraisals the reader may see: all for HR and executives, a manager's team")
	List<AppraisalResponse> appraisals(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		List<AppraisalView> appraisals = reviews.ofCycle(user, id);
		reads.read(user, DataKind.APPRAISAL_RESULTS, appraisals.stream().map(AppraisalView::employeeId).toList());
		return appraisals.stream().map(AppraisalResponse::of).toList();
	}

	@GetMapping("/cycles/{id}/changes")
	@PreAuthorize(HR_OR_EXECUTIVE)
	@Operation(summary = "Who changed what and why: phases, calibrations, appeals")
	List<AppraisalChange> changes(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return cycles.changes(user.tenant(), id);
	}

	@GetMapping("/cycles/{id}/distribution")
	@PreAuthorize(HR_OR_EXECUTIVE)
	@Operation(summary = "Grade counts per calibration group: target, manager, calibrated (group \"\" is the whole cycle)")
	Map<String, List<ForcedDistribution.Row>> distribution(@AuthenticationPrincipal CurrentUser user,
			@PathVariable UUID id) {
		Map<String, List<ForcedDistribution.Row>> groups = new java.util.LinkedHashMap<>();
		calibration.distribution(user.tenant(), id).forEach((group, rows) -> groups.put(group == null ? "" : group, rows));
		return groups;
	}

	@GetMapping("/cycles/{id}/nine-box")
	@PreAuthorize(HR_OR_EXECUTIVE)
	@Operation(summary = "Performance × potential of everyone with a score and a potential rating")
	List<Calibration.Placed> nineBox(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		List<Calibration.Placed> placed = calibration.nineBox(user.tenant(), id);
		reads.read(user, DataKind.APPRAISAL_RESULTS, placed.stream().map(Calibration.Placed::employeeId).toList());
		return placed;
	}

	@GetMapping("/cycles/{id}/what-if")
	@PreAuthorize(PAY)
	@Operation(summary = "Pay with another base or pool, nothing stored")
	Calibration.WhatIf whatIf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) BigDecimal payBase, @RequestParam(required = false) BigDecimal pool) {
		return calibration.whatIf(user, id, payBase, pool);
	}

	@GetMapping("/cycles/{id}/payroll.xlsx")
	@PreAuthorize(PAY)
	@Operation(summary = "The payroll file (.xlsx)")
	ResponseEntity<byte[]> payrollXlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			java.util.Locale locale) {
		return file(payroll.xlsx(user, id, locale), payroll.fileName(user.tenant(), id, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/cycles/{id}/payroll.csv")
	@PreAuthorize(PAY)
	@Operation(summary = "The payroll file (CSV, UTF-8 with BOM)")
	ResponseEntity<byte[]> payrollCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			java.util.Locale locale) {
		return file(payroll.csv(user, id, locale), payroll.fileName(user.tenant(), id, "csv"),
				MediaType.parseMediaType("text/csv;charset=UTF-8"));
	}

	static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

}
