package io.lodestar.goals.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
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

import io.lodestar.company.CompanyManagement;
import io.lodestar.company.CompanySettings;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodChoices;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/**
 * HR's goal settings: when the fiscal year starts (fixed once periods exist), whether personal KPI actuals
 * are public in the company, and locking the periods whose numbers are final.
 */
@Controller
class GoalSettingsController {

	static final String HR = "hasRole('HR_ADMIN')";

	private final CompanyManagement companies;

	private final PeriodCalendar calendar;

	private final PeriodChoices periods;

	GoalSettingsController(CompanyManagement companies, PeriodCalendar calendar, PeriodChoices periods) {
		this.companies = companies;
		this.calendar = calendar;
		this.periods = periods;
	}

	@GetMapping("/admin/goal-settings")
	@PreAuthorize(HR)
	String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
		CompanySettings settings = companies.settings(user.tenant());
		model.addAttribute("form", new GoalSettingsForm(settings.fiscalYearStartMonth(), settings.kpiActualsPublic(),
				settings.version()));
		return settingsPage(user, model);
	}

	@PostMapping("/admin/goal-settings")
	@PreAuthorize(HR)
	String saveSettings(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") GoalSettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				companies.configure(user, form.fiscalYearStartMonth(), Boolean.TRUE.equals(form.kpiActualsPublic()),
						form.version());
				Notices.add(redirect, "goals.page.settings.saved");
				return "redirect:/admin/goal-settings";
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("platform.error.concurrent-change");
			}
		}
		return settingsPage(user, model);
	}

	private String settingsPage(CurrentUser user, Model model) {
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("months", IntStream.rangeClosed(1, 12)
			.mapToObj(month -> new PeriodChoices.Option(String.valueOf(month),
					Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale)))
			.toList());
		model.addAttribute("calendarInUse", calendar.inUse(user.tenant()));
		return "goals/settings";
	}

	@GetMapping("/admin/periods")
	@PreAuthorize(HR)
	String periods(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			Model model) {
		return periodsPage(user, year, null, model);
	}

	@PostMapping("/admin/periods/{id}/lock")
	@PreAuthorize(HR)
	String lock(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("lockForm") PeriodLockForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return changeLock(user, id, true, form, result, model, redirect);
	}

	@PostMapping("/admin/periods/{id}/unlock")
	@PreAuthorize(HR)
	String unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("lockForm") PeriodLockForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return changeLock(user, id, false, form, result, model, redirect);
	}

	private String changeLock(CurrentUser user, UUID id, boolean locked, PeriodLockForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Period period = calendar.get(user.tenant(), id);
		if (!result.hasErrors()) {
			try {
				calendar.lock(user, id, locked, form.reason());
				Notices.add(redirect, locked ? "goals.page.periods.locked" : "goals.page.periods.unlocked",
						periods.label(period));
				return "redirect:/admin/periods?year=" + period.fiscalYear();
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return periodsPage(user, period.fiscalYear(), id, model);
	}

	/** @param failed the period whose lock form is shown again with its errors */
	private String periodsPage(CurrentUser user, Integer year, UUID failed, Model model) {
		PeriodChoices.Selection selection = periods.select(user.tenant(), null, year);
		List<Period> all = calendar.year(user.tenant(), selection.year());
		model.addAttribute("selection", selection);
		model.addAttribute("periods", all);
		model.addAttribute("failed", failed);
		if (!model.containsAttribute("lockForm")) {
			model.addAttribute("lockForm", new PeriodLockForm(null));
		}
		return "goals/periods";
	}

}
