package io.lodestar.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.privacy.ExportKind;
import io.lodestar.privacy.ExportRequest;
import io.lodestar.privacy.ExportRequests;
import io.lodestar.privacy.MyDataExport;
import io.lodestar.privacy.RetentionJob;
import io.lodestar.privacy.RetentionRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Privacy over the API: one's own data, bulk export requests and their approval, retention rules and a dry run. */
@RestController
@Tag(name = "Privacy", description = "PIPL duties: download my data, approved bulk exports, retention.")
class PrivacyApiController {

	/** A new export request. */
	record NewExportRequest(ExportKind kind, String reason) {
	}

	/** A retention period in days. */
	record RetentionChange(Integer keepDays) {
	}

	private final MyDataExport myData;

	private final ExportRequests exports;

	private final RetentionRules rules;

	private final RetentionJob retention;

	PrivacyApiController(MyDataExport myData, ExportRequests exports, RetentionRules rules, RetentionJob retention) {
		this.myData = myData;
		this.exports = exports;
		this.rules = rules;
		this.retention = retention;
	}

	@GetMapping(path = "/api/v1/me/personal-data", produces = "application/zip")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Download my personal data", description = "A zip with one JSON and one CSV file per data kind.")
	ResponseEntity<byte[]> myData(@AuthenticationPrincipal CurrentUser user) {
		return PrivacyController.attachment(myData.zip(user), "my-data.zip", MediaType.parseMediaType("application/zip"));
	}

	@GetMapping("/api/v1/privacy/export-requests")
	@PreAuthorize(PrivacyController.REQUESTERS)
	@Operation(summary = "Bulk export requests", description = "HR sees the company's; others their own.")
	List<ExportRequest> list(@AuthenticationPrincipal CurrentUser user) {
		return exports.list(user);
	}

	@PostMapping("/api/v1/privacy/export-requests")
	@PreAuthorize(PrivacyController.REQUESTERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask for a bulk export of personal data", description = "Needs a reason; an HR "
			+ "administrator other than the requester approves it (HR's own are approved at once unless four-eyes).")
	ExportRequest request(@AuthenticationPrincipal CurrentUser user, @RequestBody NewExportRequest body) {
		return exports.request(user, body.kind(), body.reason());
	}

	@PostMapping("/api/v1/privacy/export-requests/{id}/approve")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Approve an export request", description = "Not one's own; starts the download window.")
	ExportRequest approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return exports.approve(user, id);
	}

	@PostMapping("/api/v1/privacy/export-requests/{id}/reject")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Reject an export request")
	ExportRequest reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return exports.reject(user, id);
	}

	@GetMapping("/api/v1/privacy/export-requests/{id}/download")
	@PreAuthorize(PrivacyController.REQUESTERS)
	@Operation(summary = "Download an approved export, once", description = "409 once downloaded, expired or not approved.")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
		ExportRequests.Download file = exports.download(user, id, locale);
		return PrivacyController.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()));
	}

	@GetMapping("/api/v1/privacy/retention")
	@PreAuthorize(PrivacyController.ADMIN)
	@Operation(summary = "Retention rules", description = "Per data kind: days kept, legal minimum, delete or anonymise.")
	List<RetentionRules.Rule> retention(@AuthenticationPrincipal CurrentUser user) {
		return rules.of(user.tenant());
	}

	@PutMapping("/api/v1/privacy/retention/{kind}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Change a retention period", description = "422 below the legal minimum; nothing changes.")
	List<RetentionRules.Rule> setRetention(@AuthenticationPrincipal CurrentUser user, @PathVariable DataKind kind,
			@RequestBody RetentionChange body) {
		rules.set(user, kind, body.keepDays() == null ? -1 : body.keepDays());
		return rules.of(user.tenant());
	}

	@GetMapping("/api/v1/privacy/retention/preview")
	@PreAuthorize(PrivacyController.ADMIN)
	@Operation(summary = "Retention dry run", description = "What the retention job would delete or anonymise now.")
	List<RetentionJob.Outcome> preview(@AuthenticationPrincipal CurrentUser user) {
		return retention.run(user.tenant(), true, Instant.now());
	}

}
