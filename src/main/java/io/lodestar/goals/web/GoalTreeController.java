package io.lodestar.goals.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.PeriodChoices;
import io.lodestar.platform.security.CurrentUser;

/**
 * The decomposition tree: the company's goals of a period and its sub-periods along their "contributes"
 * links (company strategy → unit KPIs → personal KPIs), as far as the user may see them, with the actions
 * the user may take under each goal.
 */
@Controller
class GoalTreeController {

	static final String SIGNED_IN = "isAuthenticated()";

	/**
	 * Above this many goals the personal goals below company and unit goals load when their goal is opened:
	 * a company of thousands would otherwise get a page of megabytes.
	 */
	static final int INLINE_LIMIT = 300;

	private final GoalManagement goals;

	private final GoalAccess access;

	private final PeriodChoices periods;

	GoalTreeController(GoalManagement goals, GoalAccess access, PeriodChoices periods) {
		this.goals = goals;
		this.access = access;
		this.periods = periods;
	}

	@GetMapping("/goals")
	@PreAuthorize(SIGNED_IN)
	String tree(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID period,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean archived,
			Model model) {
		PeriodChoices.Selection selection = periods.select(user.tenant(), period, year);
		List<GoalView> visible = goals.list(user,
				new GoalFilter(selection.selected().id(), null, null, java.util.Set.of(), archived));
		model.addAttribute("selection", selection);
		model.addAttribute("roots", GoalTree.of(visible, visible.size() > INLINE_LIMIT));
		model.addAttribute("goalCount", visible.size());
		abilities(user, archived, model);
		return "goals/tree";
	}

	/** The goals below one goal, for a part of the tree that loads when opened (htmx). */
	@GetMapping("/goals/{id}/children")
	@PreAuthorize(SIGNED_IN)
	String children(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean archived, Model model) {
		GoalView goal = goals.get(user, id);
		List<GoalView> visible = goals.list(user,
				new GoalFilter(goal.period().id(), null, null, java.util.Set.of(), archived));
		model.addAttribute("nodes", GoalTree.childrenOf(visible, id).orElse(List.of()));
		abilities(user, archived, model);
		return "goals/tree :: children";
	}

	private void abilities(CurrentUser user, boolean archived, Model model) {
		GoalAccess.Scope scope = access.scopeOf(user);
		model.addAttribute("archived", archived);
		model.addAttribute("setsUnitGoals", scope.setsUnitGoals());
		model.addAttribute("setsPersonalGoals", scope.setsPersonalGoals());
		model.addAttribute("setsCompanyGoals", scope.canManage(OwnerType.COMPANY, null));
	}

}
