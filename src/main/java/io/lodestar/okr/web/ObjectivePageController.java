package io.lodestar.okr.web;

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

import io.lodestar.engagement.Notifications;
import io.lodestar.okr.CommentView;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrClosing;
import io.lodestar.okr.ReviewComments;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Notices;

/**
 * One objective's page and what is done to the objective as a whole: submit, approve or return, align,
 * comment, suggest and decide suggestions, reflect at close. Each action redirects back to the page; a
 * refused one shows the page again with the reason next to the form that was sent.
 */
@Controller
class ObjectivePageController {

	private final Objectives objectives;

	private final ReviewComments comments;

	private final OkrClosing closing;

	private final ObjectivePage page;

	private final Notifications notifications;

	private final PageErrors errors;

	ObjectivePageController(Objectives objectives, ReviewComments comments, OkrClosing closing, ObjectivePage page,
			Notifications notifications, PageErrors errors) {
		this.objectives = objectives;
		this.comments = comments;
		this.closing = closing;
		this.page = page;
		this.notifications = notifications;
		this.errors = errors;
	}

	@GetMapping("/okr/objectives/{id}")
	@PreAuthorize("isAuthenticated()")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		ObjectiveView objective = objectives.get(user, id);
		if (notifications.markReadByLink(user, "/okr/objectives/" + id) > 0
				&& model.containsAttribute("unreadNotifications")) {
			// the bell was counted before this page marked its notifications read
			model.addAttribute("unreadNotifications", notifications.unreadCount(user));
		}
		return page.render(user, objective, model);
	}

	@PostMapping("/okr/objectives/{id}/submit")
	@PreAuthorize("isAuthenticated()")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("submitForm") PageForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		objectives.get(user, id);
		try {
			ObjectiveView submitted = objectives.submit(user, id, form.version());
			Notices.add(redirect, "okr-web.notice.submitted", submitted.title());
			return redirect(id);
		}
		catch (BusinessRuleException refused) {
			result.reject(refused.code(), refused.arguments(), refused.code());
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			result.reject("okr-web.action.conflict");
		}
		return page.render(user, id, model);
	}

	@PostMapping("/okr/objectives/{id}/approve")
	@PreAuthorize("isAuthenticated()")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("decisionForm") PageForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return decide(user, id, form, result, model, redirect, true);
	}

	@PostMapping("/okr/objectives/{id}/return")
	@PreAuthorize("isAuthenticated()")
	String returnToOwner(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("decisionForm") PageForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return decide(user, id, form, result, model, redirect, false);
	}

	private String decide(CurrentUser user, UUID id, PageForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, boolean approve) {
		objectives.get(user, id);
		if (!result.hasErrors()) {
			try {
				ObjectiveView decided = approve ? objectives.approve(user, id, form.version(), form.note())
						: objectives.returnToOwner(user, id, form.version(), form.note());
				Notices.add(redirect, approve ? "okr-web.notice.approved" : "okr-web.notice.returned", decided.title());
				return redirect(id);
			}
			catch (BusinessRuleException refused) {
				if ("reason".equals(refused.field())) {
					result.rejectValue("note", refused.code(), refused.arguments(), refused.code());
				}
				else {
					errors.reject(result, model, refused);
				}
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				errors.page(model, "okr-web.action.conflict");
			}
		}
		return page.render(user, id, model);
	}

	@PostMapping("/okr/objectives/{id}/alignment")
	@PreAuthorize("isAuthenticated()")
	String align(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("alignForm") PageForms.AlignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		objectives.get(user, id);
		if (!result.hasErrors()) {
			try {
				ObjectiveView aligned = objectives.align(user, id, form.parentId(), null);
				if (aligned.parentId() == null) {
					Notices.add(redirect, "okr-web.notice.unaligned", aligned.title());
				}
				else {
					Notices.add(redirect, "okr-web.notice.aligned", aligned.title(), aligned.parentTitle());
				}
				return redirect(id) + "#alignment";
			}
			catch (BusinessRuleException refused) {
				errors.reject(result, model, refused);
			}
		}
		return page.render(user, id, model);
	}

	@PostMapping("/okr/objectives/{id}/comments")
	@PreAuthorize("isAuthenticated()")
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("commentForm") PageForms.CommentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		objectives.get(user, id);
		if (!result.hasErrors()) {
			try {
				comments.comment(user, id, form.toRequest());
				Notices.add(redirect, "okr-web.notice.commented");
				return redirect(id) + "#discussion";
			}
			catch (BusinessRuleException refused) {
				errors.reject(result, model, refused);
			}
		}
		return page.render(user, id, model);
	}

	@PostMapping("/okr/objectives/{id}/suggestions")
	@PreAuthorize("isAuthenticated()")
	String suggest(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("suggestionForm") PageForms.SuggestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		objectives.get(user, id);
		if (!result.hasErrors()) {
			try {
				comments.comment(user, id, form.toRequest());
				Notices.add(redirect, "okr-web.notice.suggested");
				return redirect(id) + "#discussion";
			}
			catch (BusinessRuleException refused) {
				errors.reject(result, model, refused);
			}
		}
		return page.render(user, id, model);
	}

	@PostMapping("/okr/objectives/{id}/comments/{commentId}/decision")
	@PreAuthorize("isAuthenticated()")
	String decideSuggestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID commentId, @RequestParam(defaultValue = "false") boolean accept, Model model,
			RedirectAttributes redirect) {
		objectives.get(user, id);
		try {
			CommentView decided = comments.decide(user, id, commentId, accept);
			Notices.add(redirect, decided.state() == io.lodestar.okr.SuggestionState.ACCEPTED
					? "okr-web.notice.suggestion-accepted" : "okr-web.notice.suggestion-declined");
			return redirect(id) + "#discussion";
		}
		catch (BusinessRuleException refused) {
			errors.page(model, refused.code(), refused.arguments());
		}
		return page.render(user, id, model);
	}

	@PostMapping("/okr/objectives/{id}/reflection")
	@PreAuthorize("isAuthenticated()")
	String reflect(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("reflectionForm") PageForms.ReflectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		objectives.get(user, id);
		if (!result.hasErrors()) {
			try {
				ObjectiveView reflected = closing.reflect(user, id, form.toRequest());
				Notices.add(redirect, "okr-web.notice.reflected", reflected.title());
				return redirect(id) + "#closing";
			}
			catch (BusinessRuleException refused) {
				errors.reject(result, model, refused);
			}
		}
		return page.render(user, id, model);
	}

	private static String redirect(UUID id) {
		return "redirect:/okr/objectives/" + id;
	}

}
