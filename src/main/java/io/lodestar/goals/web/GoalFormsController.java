package io.lodestar.goals.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalChange;
import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalOwners;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.PeriodChoices;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/**
 * Shaping the tree: a new strategic goal, a goal's title and contribution weight, linking an existing goal
 * under another, archiving and restoring. What a user may change is decided by {@link GoalManagement}; the
 * pages only offer it.
 */
@Controller
class GoalFormsController {

	private final GoalManagement goals;

	private final GoalOwners owners;

	private final GoalAccess access;

	private final PeriodChoices periods;

	GoalFormsController(GoalManagement goals, GoalOwners owners, GoalAccess access, PeriodChoices periods) {
		this.goals = goals;
		this.owners = owners;
		this.access = access;
		this.periods = periods;
	}

	@GetMapping("/goals/new")
	@PreAuthorize(GoalTreeController.SIGNED_IN)
	String newStrategy(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID period,
			Model model) {
		StrategyForm form = new StrategyForm();
		form.setPeriodId(periods.select(user.tenant(), period, null).selected().id());
		if (!access.scopeOf(user).canManage(OwnerType.COMPANY, null)) {
			form.setOwnerType(OwnerType.ORG_UNIT);
		}
		model.addAttribute("form", form);
		return strategyPage(user, form, model);
	}

	@PostMapping("/goals/new")
	@PreAuthorize(GoalTreeController.SIGNED_IN)
	String createStrategy(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") StrategyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				GoalView created = goals.create(user, new NewGoal(GoalKind.STRATEGY, form.getTitle(),
						form.getDescription(), form.getOwnerType(), form.ownerId(), form.getPeriodId(), null, null, null,
						null, null));
				Notices.add(redirect, "goals.page.goal.created", created.title());
				return redirectToTree(created);
			}
			catch (BusinessRuleException violation) {
				if ("ownerId".equals(violation.field())) {
					result.rejectValue("ownerUnitId", violation.code(), violation.arguments(), violation.code());
				}
				else {
					FormErrors.reject(result, violation);
				}
			}
		}
		return strategyPage(user, form, model);
	}

	private String strategyPage(CurrentUser user, StrategyForm form, Model model) {
		model.addAttribute("selection", periods.select(user.tenant(), form.getPeriodId(), null));
		model.addAttribute("units", owners.units(user));
		model.addAttribute("companyAllowed", access.scopeOf(user).canManage(OwnerType.COMPANY, null));
		return "goals/strategy-form";
	}

	@GetMapping("/goals/{id}/edit")
	@PreAuthorize(GoalTreeController.SIGNED_IN)
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		GoalView goal = goals.requireManageable(user, id);
		model.addAttribute("form", new GoalEditForm(goal.title(), goal.description(), goal.weight(), goal.version()));
		model.addAttribute("goal", goal);
		return "goals/edit";
	}

	@PostMapping("/goals/{id}/edit")
	@PreAuthorize(GoalTreeController.SIGNED_IN)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") GoalEditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		GoalView goal = goals.requireManageable(user, id);
		if (!result.hasErrors()) {
			try {
				GoalView saved = goals.update(user, id,
						new GoalChange(form.title(), form.description(), form.weight(), null, null, form.version()));
				Notices.add(redirect, "goals.page.goal.saved", saved.title());
				return redirectToTree(saved);
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("platform.error.concurrent-change");
			}
		}
		model.addAttribute("goal", goal);
		return "goals/edit";
	}

	@GetMapping("/goals/{id}/link")
	@PreAuthorize(GoalTreeController.SIGNED_IN)
	String linkForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		GoalView parent = goals.get(user, id);
		model.addAttribute("form", new LinkForm(null, NewGoal.DEFAULT_WEIGHT));
		return linkPage(user, parent, model);
	}

	@PostMapping("/goals/{id}/link")
	@PreAuthorize(GoalTreeController.SIGNED_IN)
	String link(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") LinkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		GoalView parent = goals.get(user, id);
		if (!result.hasErrors()) {
			try {
				GoalView linked = goals.contribute(user, form.childId(), id, form.weight());
				Notices.add(redirect, "goals.page.link.saved", linked.title(), parent.title());
				return redirectToTree(parent);
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return linkPage(user, parent, model);
	}

	/** Goals the user sets, in the parent's period, that do not yet contribute to it and are not above it. */
	private String linkPage(CurrentUser user, GoalView parent, Model model) {
		Set<UUID> above = new HashSet<>();
		goals.ancestry(user, parent.id()).forEach(ancestor -> above.add(ancestor.id()));
		List<PeriodChoices.Option> candidates = goals.list(user, GoalFilter.period(parent.period().id()))
			.stream()
			.filter(GoalView::manageable)
			.filter(goal -> !goal.id().equals(parent.id()) && !parent.id().equals(goal.parentId())
					&& !above.contains(goal.id()))
			.map(goal -> new PeriodChoices.Option(goal.id().toString(), goal.title() + " · "
					+ (goal.ownerName() == null ? "" : goal.ownerName()) + " · " + periods.label(goal.period())))
			.toList();
		model.addAttribute("parent", parent);
		model.addAttribute("candidates", candidates);
		return "goals/link";
	}

	@PostMapping("/goals/{id}/archive")
	@PreAuthorize(GoalTreeController.SIGNED_IN)
	String archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
		GoalView goal = goals.archive(user, id, archived);
		Notices.add(redirect, archived ? "goals.page.goal.archived" : "goals.page.goal.restored", goal.title());
		return "redirect:/goals?year=" + goal.period().fiscalYear() + (archived ? "&archived=true" : "") + "#goal-"
				+ goal.id();
	}

	private String redirectToTree(GoalView goal) {
		return "redirect:/goals?year=" + goal.period().fiscalYear() + "#goal-" + goal.id();
	}

}
