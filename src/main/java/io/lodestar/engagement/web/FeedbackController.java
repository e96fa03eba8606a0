package io.lodestar.engagement.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

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

import io.lodestar.engagement.FeedbackManagement;
import io.lodestar.engagement.NewFeedback;
import io.lodestar.engagement.Notifications;
import io.lodestar.engagement.ThreadView;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalView;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.PageQuery;

/**
 * Feedback pages: my threads, giving feedback, one thread with its replies, and the sections other pages
 * embed with htmx (a person's conversations, a KPI's conversations).
 */
@Controller
class FeedbackController {

	static final int SECTION_SIZE = 20;

	private final FeedbackManagement feedback;

	private final Notifications notifications;

	private final PeopleDirectory people;

	private final GoalManagement goals;

	FeedbackController(FeedbackManagement feedback, Notifications notifications, PeopleDirectory people,
			GoalManagement goals) {
		this.feedback = feedback;
		this.notifications = notifications;
		this.people = people;
		this.goals = goals;
	}

	/** A person to choose in the new-feedback form. */
	record Choice(UUID id, String name) {
	}

	@GetMapping("/feedback")
	@PreAuthorize("isAuthenticated()")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", feedback.list(user, null, null, PageQuery.of(page, PageQuery.DEFAULT_SIZE, null)));
		model.addAttribute("canGive", user.hasAny(Role.HR_ADMIN, Role.MANAGER));
		return "engagement/feedback";
	}

	@GetMapping("/feedback/new")
	@PreAuthorize("isAuthenticated()")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID employee,
			@RequestParam(required = false) UUID goal, Model model) {
		FeedbackForm form = new FeedbackForm();
		form.setEmployeeId(employee);
		form.setGoalId(goal);
		model.addAttribute("feedbackForm", form);
		return newPage(user, form, model);
	}

	@PostMapping("/feedback")
	@PreAuthorize("isAuthenticated()")
	String give(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return newPage(user, form, model);
		}
		try {
			ThreadView thread = feedback.give(user, new NewFeedback(form.getEmployeeId(), form.getGoalId(), form.getMessage()));
			Notices.add(redirect, "engagement.feedback.sent", thread.employeeName());
			return "redirect:" + thread.path();
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return newPage(user, form, model);
		}
	}

	@GetMapping("/feedback/{id}")
	@PreAuthorize("isAuthenticated()")
	String thread(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("replyForm", new MessageForm());
		return threadPage(user, id, model);
	}

	@PostMapping("/feedback/{id}/replies")
	@PreAuthorize("isAuthenticated()")
	String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("replyForm") MessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return threadPage(user, id, model);
		}
		try {
			ThreadView thread = feedback.reply(user, id, form.getMessage());
			Notices.add(redirect, "engagement.reply.sent");
			return "redirect:" + thread.path();
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return threadPage(user, id, model);
		}
	}

	/** Section for a person's profile: their feedback and support requests (404 for others than the audience). */
	@GetMapping("/people/{id}/feedback")
	@PreAuthorize("isAuthenticated()")
	String personSection(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("result", feedback.aboutEmployee(user, id, PageQuery.of(0, SECTION_SIZE, null)));
		FeedbackForm form = new FeedbackForm();
		form.setEmployeeId(id);
		model.addAttribute("feedbackForm", form);
		model.addAttribute("canGive", feedback.canGiveFeedbackTo(user, id));
		return "engagement/sections :: person";
	}

	/** Section for a KPI page: its feedback and support requests, with the forms the caller may use. */
	@GetMapping("/engagement/kpis/{id}/feedback")
	@PreAuthorize("isAuthenticated()")
	String goalSection(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		GoalView goal = feedback.personalGoal(user, id);
		model.addAttribute("goal", goal);
		model.addAttribute("result", feedback.aboutGoal(user, id, PageQuery.of(0, SECTION_SIZE, null)));
		FeedbackForm form = new FeedbackForm();
		form.setGoalId(id);
		model.addAttribute("feedbackForm", form);
		SupportForm support = new SupportForm();
		support.setGoalId(id);
		model.addAttribute("supportForm", support);
		model.addAttribute("canGive", feedback.canGiveFeedbackTo(user, goal.ownerId()));
		model.addAttribute("canAsk", user.isEmployee(goal.ownerId()));
		return "engagement/sections :: goal";
	}

	private String threadPage(CurrentUser user, UUID id, Model model) {
		ThreadView thread = feedback.get(user, id);
		if (notifications.markReadByLink(user, thread.path()) > 0 && model.containsAttribute("unreadNotifications")) {
			// the bell was counted before this page marked its notifications read
			model.addAttribute("unreadNotifications", notifications.unreadCount(user));
		}
		model.addAttribute("thread", thread);
		return "engagement/thread";
	}

	private String newPage(CurrentUser user, FeedbackForm form, Model model) {
		// a goal the caller cannot read is not found; one that is not personal is shown with the form's error
		GoalView goal = form.getGoalId() == null ? null : goals.get(user, form.getGoalId());
		model.addAttribute("goal", goal);
		model.addAttribute("people", goal != null ? List.of() : choices(user));
		if (goal != null) {
			model.addAttribute("goalOwner", goal.ownerName());
		}
		return "engagement/feedback-new";
	}

	/** Whom the caller may give feedback to: everyone below them (HR: every active employee but themself). */
	private List<Choice> choices(CurrentUser user) {
		UUID tenant = user.tenant();
		if (!user.has(Role.HR_ADMIN) && user.employeeId() == null) {
			return List.of();
		}
		Set<UUID> reports = user.has(Role.HR_ADMIN) ? null : people.reportsOf(tenant, user.employeeId());
		return people.activeEmployees(tenant, null, null)
			.stream()
			.filter(employee -> !user.isEmployee(employee.id()))
			.filter(employee -> reports == null || reports.contains(employee.id()))
			.map(employee -> new Choice(employee.id(), employee.name() + " · " + employee.employeeNo()))
			.sorted(Comparator.comparing(Choice::name))
			.toList();
	}

}
