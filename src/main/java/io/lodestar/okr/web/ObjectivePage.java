package io.lodestar.okr.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.lodestar.company.CompanyManagement;
import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.okr.CheckInView;
import io.lodestar.okr.CheckIns;
import io.lodestar.okr.CommentView;
import io.lodestar.okr.KeyResultRevisions;
import io.lodestar.okr.KeyResultView;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.okr.ReviewComments;
import io.lodestar.okr.ReviewState;
import io.lodestar.okr.RevisionView;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;

/**
 * Everything the objective page shows: the objective, each key result with its check-ins and versions, where
 * it contributes and what contributes to it, comments and suggestions, the history, and a blank form for each
 * action not already on the model (a form sent back with errors keeps its input and errors).
 */
@Component
class ObjectivePage {

	static final String VIEW = "okr/objective";

	private static final Set<GoalKind> PARENT_KINDS = Set.of(GoalKind.STRATEGY, GoalKind.KPI, GoalKind.OBJECTIVE,
			GoalKind.KEY_RESULT);

	private final Objectives objectives;

	private final OkrCycles cycles;

	private final CheckIns checkIns;

	private final KeyResultRevisions revisions;

	private final ReviewComments comments;

	private final GoalManagement goals;

	private final PeriodCalendar calendar;

	private final CompanyManagement companies;

	private final OkrWording wording;

	ObjectivePage(Objectives objectives, OkrCycles cycles, CheckIns checkIns, KeyResultRevisions revisions,
			ReviewComments comments, GoalManagement goals, PeriodCalendar calendar, CompanyManagement companies,
			OkrWording wording) {
		this.objectives = objectives;
		this.cycles = cycles;
		this.checkIns = checkIns;
		this.revisions = revisions;
		this.comments = comments;
		this.goals = goals;
		this.calendar = calendar;
		this.companies = companies;
		this.wording = wording;
	}

	/** A key result with its check-ins (newest first), versions and the change waiting for a decision. */
	record Panel(KeyResultView kr, List<CheckInView> checkIns, List<RevisionView> versions, RevisionView pending) {

		public CheckInView last() {
			return checkIns.isEmpty() ? null : checkIns.get(0);
		}

	}

	/** A goal linked to the objective, with the page that shows it (null: none the reader may open). */
	record Linked(UUID id, GoalKind kind, String title, String ownerName, java.math.BigDecimal progress, String href) {
	}

	/** Goals to align to, grouped by kind. */
	record Group(GoalKind kind, List<Choice> choices) {
	}

	record Choice(UUID id, String name) {
	}

	String render(CurrentUser user, UUID id, Model model) {
		return render(user, objectives.get(user, id), model);
	}

	String render(CurrentUser user, ObjectiveView objective, Model model) {
		OkrCycle cycle = cycles.get(user.tenant(), objective.cycleId());
		List<Panel> panels = new ArrayList<>();
		for (KeyResultView kr : objective.keyResults()) {
			List<RevisionView> versions = revisions.versions(user, kr.id());
			RevisionView pending = versions.stream().filter(v -> "PROPOSED".equals(v.state())).findFirst().orElse(null);
			panels.add(new Panel(kr, checkIns.of(user, kr.id()), versions, pending));
		}
		List<CommentView> discussion = comments.of(user, objective.id());
		Map<UUID, String> krTitles = new LinkedHashMap<>();
		objective.keyResults().forEach(kr -> krTitles.put(kr.id(), kr.title()));
		model.addAttribute("objective", objective);
		model.addAttribute("can", objective.can());
		model.addAttribute("cycle", cycle);
		model.addAttribute("panels", panels);
		model.addAttribute("comments", discussion);
		// the owner decides suggestions (for a unit's or the company's objective: whoever sets it)
		model.addAttribute("decidesSuggestions", objective.can().align()
				&& objective.reviewState() != ReviewState.APPROVED
				&& (objective.ownerType() != OwnerType.EMPLOYEE || user.isEmployee(objective.ownerId())));
		model.addAttribute("openSuggestions", discussion.stream().filter(CommentView::isOpenSuggestion).count());
		model.addAttribute("krTitles", krTitles);
		model.addAttribute("history", objectives.history(user, objective.id()));
		model.addAttribute("parent", objective.parentId() == null ? null : linked(user, objective.parentId()));
		model.addAttribute("contributors", contributors(user, objective));
		model.addAttribute("parentGroups", objective.can().align() ? parentChoices(user, objective, cycle) : List.of());
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		model.addAttribute("today", cycles.today(user.tenant()));
		model.addAttribute("wording", wording);
		blank(model, "checkInForm", PageForms.CheckInForm.blank());
		blank(model, "revisionForm", PageForms.RevisionForm.blank());
		blank(model, "revisionDecisionForm", PageForms.RevisionDecisionForm.blank());
		blank(model, "scoreForm", PageForms.ScoreForm.blank());
		blank(model, "decisionForm", new PageForms.DecisionForm(objective.version(), null));
		blank(model, "commentForm", PageForms.CommentForm.blank());
		blank(model, "suggestionForm", PageForms.SuggestionForm.blank());
		blank(model, "alignForm", new PageForms.AlignForm(objective.parentId()));
		blank(model, "reflectionForm", new PageForms.ReflectionForm(objective.wentWell(), objective.wentBadly(),
				objective.reasons(), objective.carryOver()));
		return VIEW;
	}

	private static void blank(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	/** The goal and where its page is; its title alone when the reader may not open it. */
	private Linked linked(CurrentUser user, UUID goalId) {
		try {
			GoalView goal = goals.get(user, goalId);
			return new Linked(goal.id(), goal.kind(), goal.title(), goal.ownerName(), goal.progress(), href(goal));
		}
		catch (NotFoundException notVisible) {
			return null;
		}
	}

	private static String href(GoalView goal) {
		return switch (goal.kind()) {
			case OBJECTIVE -> "/okr/objectives/" + goal.id();
			case KEY_RESULT -> "/okr/objectives/" + goal.parentId() + "#kr-" + goal.id();
			case KPI -> "/kpis/" + goal.id();
			case STRATEGY -> "/goals?year=" + goal.period().fiscalYear() + "#goal-" + goal.id();
		};
	}

	/** Objectives and KPIs contributing to this objective (its own key results aside). */
	private List<Linked> contributors(CurrentUser user, ObjectiveView objective) {
		return goals.children(user, objective.id())
			.stream()
			.filter(goal -> goal.kind() != GoalKind.KEY_RESULT)
			.map(goal -> new Linked(goal.id(), goal.kind(), goal.title(), goal.ownerName(), goal.progress(), href(goal)))
			.toList();
	}

	/**
	 * Goals the objective may contribute to: those the reader sees whose period contains the cycle's, neither the
	 * objective itself, its key results nor what already contributes to it.
	 */
	private List<Group> parentChoices(CurrentUser user, ObjectiveView objective, OkrCycle cycle) {
		Period period = calendar.get(user.tenant(), cycle.periodId());
		Set<UUID> enclosing = new HashSet<>();
		calendar.enclosing(user.tenant(), period).forEach(p -> enclosing.add(p.id()));
		Period year = calendar.year(user.tenant(), period.fiscalYear()).get(0);
		Set<UUID> below = new HashSet<>();
		below.add(objective.id());
		objective.keyResults().forEach(kr -> below.add(kr.id()));
		goals.children(user, objective.id()).forEach(child -> below.add(child.id()));
		Map<GoalKind, List<Choice>> byKind = new LinkedHashMap<>();
		for (GoalKind kind : List.of(GoalKind.STRATEGY, GoalKind.KPI, GoalKind.OBJECTIVE, GoalKind.KEY_RESULT)) {
			byKind.put(kind, new ArrayList<>());
		}
		for (GoalView goal : goals.list(user, new GoalFilter(year.id(), null, null, PARENT_KINDS, false))) {
			if (!enclosing.contains(goal.period().id()) || below.contains(goal.id())
					|| below.contains(goal.parentId()) && goal.kind() == GoalKind.KEY_RESULT) {
				continue;
			}
			String owner = goal.ownerName() == null ? "" : " · " + goal.ownerName();
			byKind.get(goal.kind()).add(new Choice(goal.id(), goal.title() + owner));
		}
		return byKind.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.map(entry -> new Group(entry.getKey(), entry.getValue()))
			.toList();
	}

}
