package io.lodestar.kpi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import io.lodestar.kpi.Assignment;
import io.lodestar.kpi.AssignmentSheets;
import io.lodestar.kpi.KpiDefinitionView;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.PersonTarget;
import io.lodestar.kpi.SheetRejectedException;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.SupportedLocales;

/**
 * Bulk assignment of a library KPI: choose the period, an optional parent goal and the people (an org unit
 * and/or a position); edit each person's target and weight in the grid or in Excel; assign all or nothing.
 * Only employees the user sets goals for are offered (HR: everyone; managers: their reports).
 */
@Controller
class AssignmentController {

	/** Above this the grid becomes too long to edit (and to post) on a page: the Excel sheet takes over. */
	static final int GRID_LIMIT = 200;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final KpiLibrary library;

	private final AssignmentSheets sheets;

	private final Choices choices;

	private final ImportJobs jobs;

	private final Messages messages;

	AssignmentController(KpiLibrary library, AssignmentSheets sheets, Choices choices, ImportJobs jobs,
			Messages messages) {
		this.library = library;
		this.sheets = sheets;
		this.choices = choices;
		this.jobs = jobs;
		this.messages = messages;
	}

	/** A problem of an uploaded sheet, its reason in the reader's language. */
	record IssueLine(Integer row, String column, String value, String reason) {
	}

	@GetMapping("/admin/kpi-library/{id}/assign")
	@PreAuthorize(KpiLibraryController.ASSIGNERS)
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "period", required = false) UUID periodId,
			@RequestParam(name = "parent", required = false) UUID parentId,
			@RequestParam(name = "unit", required = false) UUID unitId,
			@RequestParam(name = "position", required = false) UUID positionId, Model model) {
		KpiDefinitionView definition = library.get(user, id);
		AssignForm form = new AssignForm();
		form.setPeriodId(periodId == null ? choices.currentYear(user) : periodId);
		form.setParentId(parentId);
		form.setUnitId(unitId);
		form.setPositionId(positionId);
		model.addAttribute("form", form);
		return render(user, definition, form, model);
	}

	@PostMapping("/admin/kpi-library/{id}/assign")
	@PreAuthorize(KpiLibraryController.ASSIGNERS)
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("form") AssignForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		KpiDefinitionView definition = library.get(user, id);
		if (form.getPeriodId() == null) {
			result.rejectValue("periodId", "kpi.assign.page.period.required");
		}
		List<Integer> kept = new ArrayList<>();
		for (int index = 0; index < form.getRows().size(); index++) {
			if (!form.getRows().get(index).isRemove()) {
				kept.add(index);
			}
		}
		if (kept.isEmpty()) {
			result.reject("kpi.assign.nobody");
		}
		if (!result.hasErrors()) {
			List<PersonTarget> targets = kept.stream().map(index -> form.getRows().get(index))
				.map(row -> new PersonTarget(row.getEmployeeId(), row.getTarget(), row.getWeight()))
				.toList();
			try {
				List<KpiDetail> created = library
					.assign(user, new Assignment(id, form.getPeriodId(), form.getParentId(), targets));
				Notices.add(redirect, "kpi.assign.page.done", created.size(), definition.name());
				return "redirect:/admin/kpi-library/" + id;
			}
			catch (KpiLibrary.AssignmentRejectedException rejected) {
				reject(result, rejected, kept);
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return render(user, definition, form, model);
	}

	/** The grid as a workbook (employee number, name, unit, target, weight) to fill in and upload. */
	@GetMapping("/admin/kpi-library/{id}/assign/sheet.xlsx")
	@PreAuthorize(KpiLibraryController.ASSIGNERS)
	ResponseEntity<byte[]> sheet(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "unit", required = false) UUID unitId,
			@RequestParam(name = "position", required = false) UUID positionId,
			@RequestParam(required = false) String language, Locale locale) {
		Locale chosen = SupportedLocales.closest(language) == null ? locale : SupportedLocales.closest(language);
		byte[] workbook = sheets.workbook(user, id, unitId, positionId, chosen);
		return download(workbook, sheets.fileName(user, id, chosen), XLSX);
	}

	@PostMapping("/admin/kpi-library/{id}/assign/upload")
	@PreAuthorize(KpiLibraryController.ASSIGNERS)
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) MultipartFile file, @ModelAttribute("form") AssignForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		KpiDefinitionView definition = library.get(user, id);
		List<String> uploadErrors = new ArrayList<>();
		if (form.getPeriodId() == null) {
			uploadErrors.add(messages.get("kpi.assign.page.period.required"));
		}
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			uploadErrors.add(messages.get("kpi.assign.page.upload.file-required"));
		}
		if (uploadErrors.isEmpty()) {
			try {
				List<KpiDetail> created = sheets.assign(user, id, form.getPeriodId(), form.getParentId(),
						file.getOriginalFilename(), bytes(file));
				Notices.add(redirect, "kpi.assign.page.done", created.size(), definition.name());
				return "redirect:/admin/kpi-library/" + id;
			}
			catch (SheetRejectedException rejected) {
				model.addAttribute("issues", rejected.issues()
					.stream()
					.map(issue -> new IssueLine(issue.row(), issue.column(), issue.value(), jobs.describe(issue)))
					.toList());
			}
			catch (BusinessRuleException violation) {
				uploadErrors.add(messages.get(violation.code(), violation.arguments()));
			}
		}
		model.addAttribute("uploadErrors", uploadErrors);
		form.setRows(new ArrayList<>());
		return render(user, definition, form, model);
	}

	private void reject(BindingResult result, KpiLibrary.AssignmentRejectedException rejected, List<Integer> kept) {
		Set<String> general = new HashSet<>();
		for (KpiLibrary.BatchProblem problem : rejected.problems()) {
			Object[] arguments = problem.arguments().toArray();
			if ("frequency".equals(problem.field())) {
				if (general.add(problem.code())) {
					result.reject(problem.code(), arguments, problem.code());
				}
				continue;
			}
			String field = switch (problem.field()) {
				case "employeeId", "weight" -> problem.field();
				default -> "target";
			};
			result.rejectValue("rows[" + kept.get(problem.index()) + "]." + field, problem.code(), arguments,
					problem.code());
		}
	}

	/**
	 * The page: the choices, then the grid — the submitted rows again, or drawn afresh from the unit and
	 * position (people who already have this KPI in the period are marked and left out by default).
	 */
	private String render(CurrentUser user, KpiDefinitionView definition, AssignForm form, Model model) {
		model.addAttribute("definition", definition);
		model.addAttribute("target", Texts.target(definition.config()));
		model.addAttribute("weight", Texts.plain(definition.config().weight()));
		model.addAttribute("periods", Choices.grouped(choices.periods(user)));
		model.addAttribute("parents", Choices.grouped(choices.parents(user, form.getPeriodId(), form.getUnitId())));
		model.addAttribute("units", choices.units(user));
		model.addAttribute("positions", choices.positions(user));
		Set<UUID> assigned = sheets.alreadyAssigned(user, definition.id(), form.getPeriodId());
		boolean chosen = form.getUnitId() != null || form.getPositionId() != null;
		int total = 0;
		if (form.getRows().isEmpty() && chosen && !definition.archived()) {
			List<AssignmentSheets.GridRow> draft = sheets.draft(user, definition.id(), form.getUnitId(),
					form.getPositionId());
			total = draft.size();
			if (total <= GRID_LIMIT) {
				for (AssignmentSheets.GridRow row : draft) {
					AssignForm.Row formRow = new AssignForm.Row(row.employeeId(), plain(row.target()), plain(row.weight()));
					formRow.setRemove(assigned.contains(row.employeeId()));
					form.getRows().add(formRow);
				}
			}
		}
		Map<UUID, AssignmentSheets.GridRow> people = sheets.describe(user,
				form.getRows().stream().map(AssignForm.Row::getEmployeeId).filter(java.util.Objects::nonNull).toList());
		model.addAttribute("people", people);
		model.addAttribute("assigned", assigned);
		model.addAttribute("chosen", chosen);
		model.addAttribute("tooMany", total > GRID_LIMIT ? total : 0);
		model.addAttribute("gridLimit", GRID_LIMIT);
		return "kpi/assign";
	}

	private static java.math.BigDecimal plain(java.math.BigDecimal value) {
		return value == null ? null : new java.math.BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		headers.setCacheControl(CacheControl.noStore());
		return ResponseEntity.ok().headers(headers).body(content);
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
