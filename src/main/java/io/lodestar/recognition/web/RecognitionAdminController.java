package io.lodestar.recognition.web;

import java.util.UUID;

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

import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;
import io.lodestar.recognition.AwardBudgets;
import io.lodestar.recognition.AwardTypes;

/** HR's pages: award types, and award budgets (also shown to pay viewers and, their own, to managers). */
@Controller
class RecognitionAdminController {

	private static final String HR = "hasRole('HR_ADMIN')";

	private final AwardTypes types;

	private final AwardBudgets budgets;

	private final PeopleDirectory people;

	RecognitionAdminController(AwardTypes types, AwardBudgets budgets, PeopleDirectory people) {
		this.types = types;
		this.budgets = budgets;
		this.people = people;
	}

	@GetMapping("/admin/recognition/award-types")
	@PreAuthorize(HR)
	String types(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("typeForm", new RecognitionForms.TypeForm());
		return typesPage(user, model);
	}

	@PostMapping("/admin/recognition/award-types")
	@PreAuthorize(HR)
	String createType(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("typeForm") RecognitionForms.TypeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			types.create(user, form.getName(), form.getDescription());
			Notices.add(redirect, "recognition.type.created", form.getName().strip());
			return "redirect:/admin/recognition/award-types";
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return typesPage(user, model);
		}
	}

	/** Retires or reinstates a type from the list (renaming goes through the API). */
	@PostMapping("/admin/recognition/award-types/{id}")
	@PreAuthorize(HR)
	String updateType(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		var type = types.get(user, id);
		types.update(user, id, type.name(), type.description(), active);
		Notices.add(redirect, active ? "recognition.type.reinstated" : "recognition.type.retired", type.name());
		return "redirect:/admin/recognition/award-types";
	}

	@GetMapping("/recognition/budgets")
	@PreAuthorize("isAuthenticated()")
	String budgets(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			Model model) {
		RecognitionForms.BudgetForm form = new RecognitionForms.BudgetForm();
		form.setFiscalYear(year == null ? budgets.currentYear(user) : year);
		model.addAttribute("budgetForm", form);
		return budgetsPage(user, form.getFiscalYear(), model);
	}

	@PostMapping("/recognition/budgets")
	@PreAuthorize(HR)
	String setBudget(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("budgetForm") RecognitionForms.BudgetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		int year = form.getFiscalYear() == null ? budgets.currentYear(user) : form.getFiscalYear();
		if (result.hasErrors()) {
			return budgetsPage(user, year, model);
		}
		try {
			var budget = budgets.set(user, form.getManagerId(), year, form.getAllocated());
			Notices.add(redirect, "recognition.budget.saved", budget.managerName());
			return "redirect:/recognition/budgets?year=" + year;
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return budgetsPage(user, year, model);
		}
	}

	private String typesPage(CurrentUser user, Model model) {
		model.addAttribute("types", types.list(user, false));
		return "recognition/types";
	}

	private String budgetsPage(CurrentUser user, int year, Model model) {
		model.addAttribute("budgets", budgets.list(user, year));
		model.addAttribute("year", year);
		int current = budgets.currentYear(user);
		model.addAttribute("years", java.util.List.of(current - 1, current, current + 1));
		boolean hr = user.has(Role.HR_ADMIN);
		model.addAttribute("canSet", hr);
		if (hr) {
			model.addAttribute("managers", people.activeEmployees(user.tenant(), null, null)
				.stream()
				.filter(person -> people.hasActiveReports(user.tenant(), person.id()))
				.sorted(java.util.Comparator.comparing(EmployeeSummary::name))
				.map(person -> new RecognitionController.Choice(person.id(), person.name() + " · " + person.employeeNo()))
				.toList());
		}
		return "recognition/budgets";
	}

}
