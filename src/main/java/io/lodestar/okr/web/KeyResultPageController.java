package io.lodestar.okr.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.okr.CheckInSource;
import io.lodestar.okr.CheckIns;
import io.lodestar.okr.KeyResultRevisions;
import io.lodestar.okr.KeyResultView;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrClosing;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.security.CurrentUser;

/**
 * What is done to one key result on its objective's page: a check-in, a proposed change and the reviewer's
 * decision on it, the final score. Back on the objective's page at the key result afterwards; a refused
 * form comes back there with its input and the reason.
 */
@Controller
@RequestMapping("/okr/key-results/{id}")
class KeyResultPageController {

	private final Objectives objectives;

	private final CheckIns checkIns;

	private final KeyResultRevisions revisions;

	private final OkrClosing closing;

	private final ObjectivePage page;

	private final PageErrors errors;

	KeyResultPageController(Objectives objectives, CheckIns checkIns, KeyResultRevisions revisions,
			OkrClosing closing, ObjectivePage page, PageErrors errors) {
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.revisions = revisions;
		this.closing = closing;
		this.page = page;
		this.errors = errors;
	}

	@PostMapping("/check-ins")
	@PreAuthorize("isAuthenticated()")
	String checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("checkInForm") PageForms.CheckInForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ObjectiveView objective = objectives.ofKeyResult(user, id);
		if (!result.hasErrors()) {
			try {
				checkIns.checkIn(user, id, form.toRequest(), CheckInSource.MANUAL);
				Notices.add(redirect, "okr-web.notice.checked-in", keyResult(objective, id).title());
				return back(objective, id);
			}
			catch (BusinessRuleException refused) {
				errors.reject(result, model, refused);
			}
		}
		model.addAttribute("checkInFor", id);
		return page.render(user, objective, model);
	}

	@PostMapping("/revisions")
	@PreAuthorize("isAuthenticated()")
	String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("revisionForm") PageForms.RevisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ObjectiveView objective = objectives.ofKeyResult(user, id);
		KeyResultView kr = keyResult(objective, id);
		if (!result.hasErrors()) {
			try {
				revisions.propose(user, id, form.toRequest(kr.weight()));
				Notices.add(redirect, "okr-web.notice.revision-proposed", kr.title());
				return back(objective, id);
			}
			catch (BusinessRuleException refused) {
				if ("keyResult".equals(refused.field())) {
					result.rejectValue("target", refused.code(), refused.arguments(), refused.code());
				}
				else {
					errors.reject(result, model, refused);
				}
			}
		}
		model.addAttribute("revisionFor", id);
		return page.render(user, objective, model);
	}

	@PostMapping("/revisions/{number}/decision")
	@PreAuthorize("isAuthenticated()")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int number,
			@Valid @ModelAttribute("revisionDecisionForm") PageForms.RevisionDecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ObjectiveView objective = objectives.ofKeyResult(user, id);
		if (!result.hasErrors()) {
			try {
				revisions.decide(user, id, number, form.approve(), form.note());
				Notices.add(redirect, form.approve() ? "okr-web.notice.revision-approved"
						: "okr-web.notice.revision-declined", keyResult(objective, id).title());
				return back(objective, id);
			}
			catch (BusinessRuleException refused) {
				errors.reject(result, model, refused);
			}
		}
		model.addAttribute("revisionDecisionFor", id);
		return page.render(user, objective, model);
	}

	@PostMapping("/score")
	@PreAuthorize("isAuthenticated()")
	String score(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("scoreForm") PageForms.ScoreForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ObjectiveView objective = objectives.ofKeyResult(user, id);
		if (!result.hasErrors()) {
			try {
				KeyResultView scored = closing.score(user, id, form.score(), form.reason());
				Notices.add(redirect, "okr-web.notice.scored", scored.title(),
						scored.score().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
				return back(objective, id);
			}
			catch (BusinessRuleException refused) {
				errors.reject(result, model, refused);
			}
		}
		model.addAttribute("scoreFor", id);
		return page.render(user, objective, model);
	}

	private static KeyResultView keyResult(ObjectiveView objective, UUID id) {
		return objective.keyResults().stream().filter(kr -> kr.id().equals(id)).findFirst().orElseThrow();
	}

	private static String back(ObjectiveView objective, UUID keyResultId) {
		return "redirect:/okr/objectives/" + objective.id() + "#kr-" + keyResultId;
	}

}
