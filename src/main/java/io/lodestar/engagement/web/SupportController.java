package io.lodestar.engagement.web;

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

import io.lodestar.engagement.NewSupportRequest;
import io.lodestar.engagement.Notifications;
import io.lodestar.engagement.SupportRequests;
import io.lodestar.engagement.ThreadStatus;
import io.lodestar.engagement.ThreadView;
import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.OwnerType;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.PageQuery;

/**
 * Support requests: mine and, for managers and HR, the open ones waiting for me; raising one on a KPI; one
 * request with its replies, resolving or closing it; and the "waiting for me" section dashboards embed.
 */
@Controller
class SupportController {

	private final SupportRequests support;

	private final Notifications notifications;

	private final GoalManagement goals;

	private final Messages messages;

	SupportController(SupportRequests support, Notifications notifications, GoalManagement goals, Messages messages) {
		this.support = support;
		this.notifications = notifications;
		this.goals = goals;
		this.messages = messages;
	}

	/** One of my goals to choose in the new-request form. */
	record Choice(UUID id, String name) {
	}

	@GetMapping("/support")
	@PreAuthorize("isAuthenticated()")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("mine", support.mine(user, PageQuery.of(page, PageQuery.DEFAULT_SIZE, null)));
		boolean leads = user.hasAny(Role.MANAGER, Role.HR_ADMIN);
		model.addAttribute("waiting", leads ? support.waitingFor(user, PageQuery.of(0, PageQuery.MAX_SIZE, null)) : null);
		model.addAttribute("canAsk", user.employeeId() != null);
		return "engagement/support";
	}

	@GetMapping("/support/new")
	@PreAuthorize("isAuthenticated()")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID goal, Model model) {
		SupportForm form = new SupportForm();
		form.setGoalId(goal);
		model.addAttribute("supportForm", form);
		return newPage(user, model, false);
	}

	@PostMapping("/support")
	@PreAuthorize("isAuthenticated()")
	String raise(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("supportForm") SupportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return newPage(user, model, true);
		}
		try {
			ThreadView request = support.raise(user, new NewSupportRequest(form.getGoalId(), form.getMessage()));
			Notices.add(redirect, "engagement.support.sent");
			return "redirect:" + request.path();
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return newPage(user, model, true);
		}
	}

	@GetMapping("/support/{id}")
	@PreAuthorize("isAuthenticated()")
	String request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("replyForm", new MessageForm());
		return threadPage(user, id, model);
	}

	@PostMapping("/support/{id}/replies")
	@PreAuthorize("isAuthenticated()")
	String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("replyForm") MessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return threadPage(user, id, model);
		}
		try {
			ThreadView request = support.reply(user, id, form.getMessage());
			Notices.add(redirect, "engagement.reply.sent");
			return "redirect:" + request.path();
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return threadPage(user, id, model);
		}
	}

	/** Resolve (manager chain, HR) or close (the employee), with an optional last message. */
	@PostMapping("/support/{id}/resolve")
	@PreAuthorize("isAuthenticated()")
	String resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("replyForm") MessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			ThreadView request = support.resolve(user, id, form.getMessage());
			Notices.add(redirect, request.status() == ThreadStatus.CLOSED ? "engagement.support.closed"
					: "engagement.support.resolved");
			return "redirect:" + request.path();
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return threadPage(user, id, model);
		}
	}

	/** Section for dashboards: open requests of the people below the caller (HR: all). */
	@GetMapping("/engagement/support/open")
	@PreAuthorize("isAuthenticated()")
	String waiting(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("waiting", support.waitingFor(user, PageQuery.of(0, PageQuery.MAX_SIZE, null)));
		return "engagement/sections :: open-support";
	}

	private String threadPage(CurrentUser user, UUID id, Model model) {
		ThreadView request = support.get(user, id);
		if (notifications.markReadByLink(user, request.path()) > 0 && model.containsAttribute("unreadNotifications")) {
			// the bell was counted before this page marked its notifications read
			model.addAttribute("unreadNotifications", notifications.unreadCount(user));
		}
		model.addAttribute("thread", request);
		return "engagement/thread";
	}

	/** @param refused the form comes back with errors: shown even to someone without goals to choose from */
	private String newPage(CurrentUser user, Model model, boolean refused) {
		List<Choice> choices = user.employeeId() == null ? List.of()
				: goals.list(user, new GoalFilter(null, OwnerType.EMPLOYEE, user.employeeId(), Set.of(GoalKind.KPI), false))
					.stream()
					.map(goal -> new Choice(goal.id(),
							goal.title() + " · " + messages.get(goal.period().labelKey(), goal.period().labelArguments())))
					.toList();
		model.addAttribute("goals", choices);
		model.addAttribute("showForm", refused || !choices.isEmpty());
		return "engagement/support-new";
	}

}
