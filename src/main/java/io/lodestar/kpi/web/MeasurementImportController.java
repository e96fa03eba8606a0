package io.lodestar.kpi.web;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.company.CompanyManagement;
import io.lodestar.kpi.MeasurementImportFiles;
import io.lodestar.kpi.TeamEntry;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.ImportProperties;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.SupportedLocales;

/**
 * Importing KPI actuals for HR: templates, upload, the checked result (polled with htmx while the job runs),
 * confirmation, the problem report and recent imports of actuals.
 */
@Controller
class MeasurementImportController {

	static final String HR = "hasRole('HR_ADMIN')";

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ImportJobs jobs;

	private final MeasurementImportFiles files;

	private final ImportProperties properties;

	private final CompanyManagement companies;

	private final Messages messages;

	private final TeamEntry entry;

	MeasurementImportController(ImportJobs jobs, MeasurementImportFiles files, ImportProperties properties,
			CompanyManagement companies, Messages messages, TeamEntry entry) {
		this.entry = entry;
		this.jobs = jobs;
		this.files = files;
		this.properties = properties;
		this.companies = companies;
		this.messages = messages;
	}

	/** One problem as shown in the table, its reason already in the reader's language. */
	record IssueLine(Integer row, String column, String value, String reason) {
	}

	@GetMapping("/admin/kpi-import")
	@PreAuthorize(HR)
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, null, model);
	}

	@PostMapping("/admin/kpi-import")
	@PreAuthorize(HR)
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
			Model model) {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			return page(user, messages.get("kpi.import.upload.file-required"), model);
		}
		try {
			ImportJob job = jobs.submit(user, MeasurementImportFiles.KIND, file.getOriginalFilename(),
					AssignmentController.bytes(file), false);
			return "redirect:/admin/kpi-import/" + job.id();
		}
		catch (BusinessRuleException refused) {
			return page(user, messages.get(refused.code(), refused.arguments()), model);
		}
	}

	@GetMapping("/admin/kpi-import/{id}")
	@PreAuthorize(HR)
	String job(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			HttpServletRequest request) {
		ImportJob job = files.job(user, id);
		model.addAttribute("job", job);
		model.addAttribute("issues", job.report().issues().stream()
			.map(issue -> new IssueLine(issue.row(), issue.column(), issue.value(), jobs.describe(issue)))
			.toList());
		model.addAttribute("uploadedAt", format(user, job));
		return request.getHeader("HX-Request") != null ? "kpi/import-job :: job" : "kpi/import-job";
	}

	@PostMapping("/admin/kpi-import/{id}/confirm")
	@PreAuthorize(HR)
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		files.job(user, id);
		jobs.confirm(user, id);
		Notices.add(redirect, "kpi.import.job.confirmed");
		return "redirect:/admin/kpi-import/" + id;
	}

	@GetMapping("/admin/kpi-import/{id}/report.xlsx")
	@PreAuthorize(HR)
	ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
		ImportJob job = files.job(user, id);
		String name = job.fileName().replaceAll("\\.[A-Za-z0-9]{1,5}$", "") + " - "
				+ messages.get(locale, "kpi.import.report.sheet") + ".xlsx";
		return AssignmentController.download(files.issues(user, id, locale), name, AssignmentController.XLSX);
	}

	@GetMapping("/admin/kpi-import/template.xlsx")
	@PreAuthorize(HR)
	ResponseEntity<byte[]> xlsxTemplate(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String language, Locale locale) {
		Locale chosen = language(language, locale);
		return AssignmentController.download(files.xlsxTemplate(user, chosen), files.templateName(chosen, "xlsx"),
				AssignmentController.XLSX);
	}

	@GetMapping("/admin/kpi-import/template.csv")
	@PreAuthorize(HR)
	ResponseEntity<byte[]> csvTemplate(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String language, Locale locale) {
		Locale chosen = language(language, locale);
		return AssignmentController.download(files.csvTemplate(user, chosen), files.templateName(chosen, "csv"), CSV);
	}

	/** The template filled with every KPI running in a month, to type the values into. */
	@GetMapping("/admin/kpi-import/month.xlsx")
	@PreAuthorize(HR)
	ResponseEntity<byte[]> month(@AuthenticationPrincipal CurrentUser user, @RequestParam String period,
			@RequestParam(required = false) String language, Locale locale) {
		Locale chosen = language(language, locale);
		YearMonth month;
		try {
			month = YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException malformed) {
			throw new NotFoundException("period", period);
		}
		return AssignmentController.download(files.forMonth(user, month, chosen), files.monthName(month, chosen),
				AssignmentController.XLSX);
	}

	private String page(CurrentUser user, String error, Model model) {
		List<ImportJob> recent = files.recent(user, 20);
		model.addAttribute("jobs", recent);
		model.addAttribute("error", error);
		model.addAttribute("maxRows", properties.maxRows());
		model.addAttribute("months", entry.months(user));
		model.addAttribute("times", recent.stream().collect(Collectors.toMap(ImportJob::id, job -> format(user, job))));
		return "kpi/import";
	}

	private String format(CurrentUser user, ImportJob job) {
		ZoneId zone = companies.zoneOf(user.tenant());
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(job.createdAt().atZone(zone));
	}

	private static Locale language(String requested, Locale current) {
		Locale chosen = SupportedLocales.closest(requested);
		return chosen == null ? current : chosen;
	}

}
