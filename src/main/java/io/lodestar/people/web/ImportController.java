package io.lodestar.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.PeopleImportFiles;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.ImportProperties;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.SupportedLocales;

/**
 * The import page for HR: templates, upload, the checked result (polled with htmx while the job runs),
 * confirmation, the problem report and recent jobs.
 */
@Controller
class ImportController {

	private static final String ADMINS = "hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')";

	private final ImportJobs jobs;

	private final PeopleImportFiles files;

	private final ImportProperties properties;

	private final CompanyManagement companies;

	ImportController(ImportJobs jobs, PeopleImportFiles files, ImportProperties properties,
			CompanyManagement companies) {
		this.jobs = jobs;
		this.files = files;
		this.properties = properties;
		this.companies = companies;
	}

	/** The upload form. */
	record ImportUpload(@NotBlank(message = "{people-import.upload.kind-required}") String kind, MultipartFile file) {
	}

	/** One problem as shown in the table, its reason already in the reader's language. */
	record IssueLine(Integer row, String column, String value, String reason) {
	}

	@GetMapping("/admin/imports")
	@PreAuthorize(ADMINS)
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("upload", new ImportUpload(null, null));
		return page(user, model);
	}

	@PostMapping("/admin/imports")
	@PreAuthorize(ADMINS)
	String upload(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("upload") ImportUpload upload,
			BindingResult result, Model model) {
		if (upload.kind() != null && !PeopleImportFiles.KINDS.contains(upload.kind())) {
			result.rejectValue("kind", "people-import.upload.kind-required");
		}
		if (upload.file() == null || upload.file().getOriginalFilename() == null
				|| upload.file().getOriginalFilename().isBlank()) {
			result.rejectValue("file", "people-import.upload.file-required");
		}
		if (result.hasErrors()) {
			return page(user, model);
		}
		try {
			ImportJob job = jobs.submit(user, upload.kind(), upload.file().getOriginalFilename(), bytes(upload.file()),
					false);
			return "redirect:/admin/imports/" + job.id();
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return page(user, model);
		}
	}

	@GetMapping("/admin/imports/{id}")
	@PreAuthorize(ADMINS)
	String job(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			HttpServletRequest request) {
		ImportJob job = jobs.get(user, id);
		model.addAttribute("job", job);
		model.addAttribute("issues", job.report().issues().stream()
			.map(issue -> new IssueLine(issue.row(), issue.column(), issue.value(), jobs.describe(issue)))
			.toList());
		model.addAttribute("uploadedAt", format(user, job));
		return request.getHeader("HX-Request") != null ? "people/imports-job :: job" : "people/imports-job";
	}

	@PostMapping("/admin/imports/{id}/confirm")
	@PreAuthorize(ADMINS)
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		jobs.confirm(user, id);
		Notices.add(redirect, "people-import.job.confirmed");
		return "redirect:/admin/imports/" + id;
	}

	@GetMapping("/admin/imports/{id}/report.xlsx")
	@PreAuthorize(ADMINS)
	ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user,
			@PathVariable UUID id, Locale locale) {
		ImportJob job = jobs.get(user, id);
		String name = job.fileName().replaceAll("\\.[A-Za-z0-9]{1,5}$", "") + " - "
				+ files.issuesSheetName(locale) + ".xlsx";
		return ExportController.download(files.issues(user, id, locale), name, ExportController.XLSX);
	}

	@GetMapping("/admin/imports/templates/{kind}.xlsx")
	@PreAuthorize(ADMINS)
	ResponseEntity<byte[]> xlsxTemplate(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String kind, @RequestParam(required = false) String language, Locale locale) {
		Locale chosen = language(language, locale);
		return ExportController.download(files.xlsxTemplate(user, kind, chosen), files.templateName(kind, chosen, "xlsx"),
				ExportController.XLSX);
	}

	@GetMapping("/admin/imports/templates/{kind}.csv")
	@PreAuthorize(ADMINS)
	ResponseEntity<byte[]> csvTemplate(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String kind, @RequestParam(required = false) String language, Locale locale) {
		Locale chosen = language(language, locale);
		return ExportController.download(files.csvTemplate(user, kind, chosen), files.templateName(kind, chosen, "csv"),
				ExportController.CSV);
	}

	private String page(CurrentUser user, Model model) {
		List<ImportJob> recent = jobs.recent(user, 20);
		model.addAttribute("kinds", PeopleImportFiles.KINDS);
		model.addAttribute("jobs", recent);
		model.addAttribute("maxRows", properties.maxRows());
		model.addAttribute("times", recent.stream().collect(Collectors.toMap(ImportJob::id,
				job -> format(user, job))));
		return "people/imports";
	}

	private String format(CurrentUser user, ImportJob job) {
		ZoneId zone = companies.find(user.tenant()).map(company -> ZoneId.of(company.timeZone())).orElse(ZoneId.of("UTC"));
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(job.createdAt().atZone(zone));
	}

	private static Locale language(String requested, Locale current) {
		Locale chosen = SupportedLocales.closest(requested);
		return chosen == null ? current : chosen;
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
