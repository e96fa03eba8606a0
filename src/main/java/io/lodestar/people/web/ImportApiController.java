package io.lodestar.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.lodestar.people.PeopleExport;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.ImportProperties;
import io.lodestar.platform.spreadsheet.ImportStatus;

/**
 * Imports for programs. An upload is checked and, unless {@code dryRun=true}, imported right away if it has
 * no problems; the answer waits up to {@code lodestar.imports.api-wait} for that and then shows the job as it
 * is (poll {@code GET /api/v1/imports/{id}} while {@code status} is VALIDATING or IMPORTING).
 */
@RestController
class ImportApiController {

	private static final String ADMINS = "hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')";

	private final ImportJobs jobs;

	private final ImportProperties properties;

	private final PeopleExport export;

	ImportApiController(ImportJobs jobs, ImportProperties properties, PeopleExport export) {
		this.jobs = jobs;
		this.properties = properties;
		this.export = export;
	}

	/** A problem in the file: row and column as in the file, reason in the caller's language. */
	record IssueResponse(Integer row, String column, String value, String code, String message) {
	}

	record JobResponse(UUID id, String kind, String fileName, ImportStatus status, int totalRows, int processedRows,
			int percent, int created, int updated, int unchanged, int errorCount, List<IssueResponse> errors,
			Instant createdAt, Instant finishedAt) {
	}

	@PostMapping(path = "/api/v1/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ADMINS)
	ResponseEntity<JobResponse> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind,
			@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun) {
		ImportJob job = jobs.submit(user, kind, file.getOriginalFilename(), bytes(file), !dryRun);
		job = jobs.await(user, job.id(), properties.apiWait(), !dryRun);
		return ResponseEntity.created(URI.create("/api/v1/imports/" + job.id())).body(response(job));
	}

	@GetMapping("/api/v1/imports")
	@PreAuthorize(ADMINS)
	List<JobResponse> recent(@AuthenticationPrincipal CurrentUser user) {
		return jobs.recent(user, 50).stream().map(this::response).toList();
	}

	@GetMapping("/api/v1/imports/{id}")
	@PreAuthorize(ADMINS)
	JobResponse job(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return response(jobs.get(user, id));
	}

	/** Imports a checked file; confirming again returns the same job and imports nothing twice. */
	@PostMapping("/api/v1/imports/{id}/confirm")
	@PreAuthorize(ADMINS)
	JobResponse confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		jobs.confirm(user, id);
		return response(jobs.await(user, id, properties.apiWait(), true));
	}

	@GetMapping("/api/v1/employees/export.xlsx")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> exportEmployees(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return ExportController.download(export.employees(user, locale), export.fileName(user, "employees", locale),
				ExportController.XLSX);
	}

	private JobResponse response(ImportJob job) {
		var report = job.report();
		List<IssueResponse> errors = report.issues()
			.stream()
			.map(issue -> new IssueResponse(issue.row(), issue.column(), issue.value(), issue.code(),
					jobs.describe(issue)))
			.toList();
		return new JobResponse(job.id(), job.kind(), job.fileName(), job.status(), job.totalRows(),
				job.processedRows(), job.percent(), report.created(), report.updated(), report.unchanged(),
				report.issueCount(), errors, job.createdAt(), job.finishedAt());
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
