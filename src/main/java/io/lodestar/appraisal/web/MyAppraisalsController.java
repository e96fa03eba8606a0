package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.AppraisalView;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;

/**
 * Everyone's appraisals: one's own list and peer requests, a manager's team, and one appraisal with the form
 * that fits the reader and the phase (self-assessment, manager assessment and peer requests, anonymous peer
 * feedback, acknowledge or appeal). The service decides what the reader sees and may do; refusals show at the
 * top of the re-rendered page.
 */
@Controller
class MyAppraisalsController {

	private final AppraisalReviews reviews;

	private final AppraisalCycles cycles;

	private final AppraisalPage page;

	private final PeopleDirectory people;

	private final Messages messages;

	private final SensitiveReads reads;

	MyAppraisalsController(AppraisalReviews reviews, AppraisalCycles cycles, AppraisalPage page, PeopleDirectory people,
			Messages messages, SensitiveReads reads) {
		this.reads = reads;
		this.reviews = reviews;
		this.cycles = cycles;
		this.page = page;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/appraisals")
	@PreAuthorize("isAuthenticated()")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("mine", rows(user, reviews.mine(user)));
		model.addAttribute("peerRequests", rows(user, reviews.peerRequests(user)));
		return "appraisal/mine";
	}

	@GetMapping("/appraisals/team")
	@PreAuthorize("hasAnyRole('MANAGER', 'HR_ADMIN', 'EXECUTIVE')")
	String team(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<AppraisalView> team = new ArrayList<>();
		boolean seesAll = user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE);
		for (AppraisalCycle cycle : cycles.list(user.tenant())) {
			if (cycle.isClosed() || cycle.phase() == AppraisalPhase.DRAFT) {
				continue;
			}
			reviews.ofCycle(user, cycle.id())
				.stream()
				.filter(a -> !user.isEmployee(a.employeeId()))
				.filter(a -> !seesAll || user.isEmployee(a.reviewerId()))
				.forEach(team::add);
		}
		reads.read(user, DataKind.APPRAISAL_RESULTS, team.stream().map(AppraisalView::employeeId).toList());
		model.addAttribute("team", rows(user, team));
		return "appraisal/team";
	}

	@GetMapping("/appraisals/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return page.render(user, id, model);
	}

	@PostMapping("/appraisals/{id}/self")
	@PreAuthorize("isAuthenticated()")
	String selfAssess(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) BigDecimal rating, @RequestParam(required = false) String comment,
			Model model, RedirectAttributes redirect) {
		return act(user, id, model, redirect, "appraisal-web.self.saved",
				() -> reviews.selfAssess(user, id, rating, comment));
	}

	@PostMapping("/appraisals/{id}/manager")
	@PreAuthorize("isAuthenticated()")
	String managerAssess(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) BigDecimal rating, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Integer potential, Model model, RedirectAttributes redirect) {
		return act(user, id, model, redirect, "appraisal-web.manager.saved",
				() -> reviews.managerAssess(user, id, rating, comment, potential));
	}

	@PostMapping("/appraisals/{id}/peers")
	@PreAuthorize("isAuthenticated()")
	String askPeers(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "peer", required = false) List<UUID> peers, Model model, RedirectAttributes redirect) {
		return act(user, id, model, redirect, "appraisal-web.peers.asked",
				() -> reviews.askPeers(user, id, peers == null ? List.of() : peers));
	}

	@PostMapping("/appraisals/{id}/peer-feedback")
	@PreAuthorize("isAuthenticated()")
	String answerAsPeer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) BigDecimal rating, @RequestParam(required = false) String comment,
			Model model, RedirectAttributes redirect) {
		try {
			reviews.answerAsPeer(user, id, rating, comment);
			Notices.add(redirect, "appraisal-web.peer.saved");
			return "redirect:/appraisals";
		}
		catch (BusinessRuleException refused) {
			model.addAttribute(FieldErrors.PAGE, messages.get(refused.code(), refused.arguments()));
			return page.render(user, id, model);
		}
	}

	@PostMapping("/appraisals/{id}/acknowledge")
	@PreAuthorize("isAuthenticated()")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		return act(user, id, model, redirect, "appraisal-web.acknowledged", () -> reviews.acknowledge(user, id));
	}

	@PostMapping("/appraisals/{id}/appeal")
	@PreAuthorize("isAuthenticated()")
	String appeal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return act(user, id, model, redirect, "appraisal-web.appealed", () -> reviews.appeal(user, id, reason));
	}

	private String act(CurrentUser user, UUID id, Model model, RedirectAttributes redirect, String notice,
			Runnable action) {
		try {
			action.run();
			Notices.add(redirect, notice);
			return "redirect:/appraisals/" + id;
		}
		catch (BusinessRuleException refused) {
			model.addAttribute(FieldErrors.PAGE, messages.get(refused.code(), refused.arguments()));
			return page.render(user, id, model);
		}
	}

	private List<Row> rows(CurrentUser user, List<AppraisalView> appraisals) {
		List<Row> rows = new ArrayList<>();
		java.util.Map<UUID, AppraisalCycle> seen = new java.util.HashMap<>();
		for (AppraisalView appraisal : appraisals) {
			AppraisalCycle cycle = seen.computeIfAbsent(appraisal.cycleId(), id -> cycles.get(user.tenant(), id));
			rows.add(new Row(appraisal, cycle.name(), cycle.phase(), cycle.currentDue()));
		}
		return rows;
	}

	/** An appraisal in a list, with its cycle's name, phase and current deadline. */
	record Row(AppraisalView appraisal, String cycleName, AppraisalPhase phase, java.time.LocalDate due) {
	}

}
