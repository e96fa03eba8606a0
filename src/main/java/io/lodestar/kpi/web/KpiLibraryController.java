package io.lodestar.kpi.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiDefinitionView;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.PiecewiseSteps;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/**
 * The company's KPI library: everyone may browse it; HR administrators and executives add, change, archive
 * and restore definitions. A rule the scoring library finds meaningless is shown next to its field.
 */
@Controller
class KpiLibraryController {

	static final String LIBRARIANS = "hasAnyRole('HR_ADMIN', 'EXECUTIVE')";

	static final String ASSIGNERS = "hasAnyRole('HR_ADMIN', 'EXECUTIVE', 'MANAGER')";

	private final KpiLibrary library;

	KpiLibraryController(KpiLibrary library) {
		this.library = library;
	}

	@GetMapping("/admin/kpi-library")
	@PreAuthorize("isAuthenticated()")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean archived,
			Model model) {
		List<KpiDefinitionView> definitions = library.all(user, archived);
		model.addAttribute("definitions", definitions);
		model.addAttribute("targets", definitions.stream()
			.collect(Collectors.toMap(KpiDefinitionView::id, definition -> Texts.target(definition.config()))));
		model.addAttribute("weights", definitions.stream()
			.collect(Collectors.toMap(KpiDefinitionView::id, definition -> Texts.plain(definition.config().weight()))));
		model.addAttribute("archived", archived);
		rights(user, model);
		return "kpi/library";
	}

	@GetMapping("/admin/kpi-library/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		KpiDefinitionView definition = library.get(user, id);
		model.addAttribute("definition", definition);
		model.addAttribute("target", Texts.target(definition.config()));
		model.addAttribute("steps", PiecewiseSteps.format(definition.config().steps()));
		rights(user, model);
		return "kpi/library-detail";
	}

	@GetMapping("/admin/kpi-library/new")
	@PreAuthorize(LIBRARIANS)
	String createForm(Model model) {
		model.addAttribute("form", DefinitionForm.blank());
		return formPage(null, model);
	}

	@PostMapping("/admin/kpi-library/new")
	@PreAuthorize(LIBRARIANS)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") DefinitionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				KpiDefinitionView created = library.create(user, form.request());
				Notices.add(redirect, "kpi.library.created", created.name());
				return "redirect:/admin/kpi-library/" + created.id();
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return formPage(null, model);
	}

	@GetMapping("/admin/kpi-library/{id}/edit")
	@PreAuthorize(LIBRARIANS)
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		KpiDefinitionView definition = library.get(user, id);
		model.addAttribute("form", DefinitionForm.of(definition));
		return formPage(definition, model);
	}

	@PostMapping("/admin/kpi-library/{id}/edit")
	@PreAuthorize(LIBRARIANS)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") DefinitionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// another company's id is "not found" before anything about the input is said
		KpiDefinitionView definition = library.get(user, id);
		if (!result.hasErrors()) {
			try {
				KpiDefinitionView saved = library.update(user, id, form.request());
				Notices.add(redirect, "kpi.library.saved", saved.name());
				return "redirect:/admin/kpi-library/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("platform.error.concurrent-change");
			}
		}
		return formPage(definition, model);
	}

	@PostMapping("/admin/kpi-library/{id}/archive")
	@PreAuthorize(LIBRARIANS)
	String archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		KpiDefinitionView archived = library.archive(user, id, true);
		Notices.add(redirect, "kpi.library.archived-notice", archived.name());
		return "redirect:/admin/kpi-library";
	}

	@PostMapping("/admin/kpi-library/{id}/restore")
	@PreAuthorize(LIBRARIANS)
	String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		KpiDefinitionView restored = library.archive(user, id, false);
		Notices.add(redirect, "kpi.library.restored", restored.name());
		return "redirect:/admin/kpi-library/" + id;
	}

	private static String formPage(KpiDefinitionView definition, Model model) {
		model.addAttribute("definition", definition);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("methods", ScoringMethod.values());
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("frequencies", PeriodKind.values());
		return "kpi/library-form";
	}

	private static void rights(CurrentUser user, Model model) {
		model.addAttribute("canEdit", user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE));
		model.addAttribute("canAssign", user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE, Role.MANAGER));
		model.addAttribute("canImport", user.has(Role.HR_ADMIN));
	}

}
