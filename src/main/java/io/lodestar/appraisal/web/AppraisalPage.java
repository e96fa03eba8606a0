package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.lodestar.appraisal.AppraisalComponent;
import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.AppraisalView;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NotFoundException;

/**
 * One appraisal as its reader may see it, and which forms fit the reader and the phase: the employee's
 * self-assessment, acknowledgement and appeal; the reviewer's assessment and peer request; a peer's anonymous
 * answer (a peer sees only the name). What the reader may not see the service has already left out.
 */
@Component
class AppraisalPage {

	private final AppraisalReviews reviews;

	private final AppraisalCycles cycles;

	private final AppraisalTemplates templates;

	private final PeopleDirectory people;

	private final SensitiveReads reads;

	AppraisalPage(AppraisalReviews reviews, AppraisalCycles cycles, AppraisalTemplates templates,
			PeopleDirectory people, SensitiveReads reads) {
		this.reads = reads;
		this.reviews = reviews;
		this.cycles = cycles;
		this.templates = templates;
		this.people = people;
	}

	String render(CurrentUser user, UUID id, Model model) {
		AppraisalView found;
		boolean asPeer = false;
		try {
			found = reviews.get(user, id);
			// a peer sees only the name (below); a manager or HR reads the appraisal itself
			reads.read(user, DataKind.APPRAISAL_RESULTS, found.employeeId());
		}
		catch (NotFoundException notReadable) {
			found = reviews.peerRequests(user).stream().filter(a -> a.id().equals(id)).findFirst()
				.orElseThrow(() -> notReadable);
			asPeer = true;
		}
		AppraisalView appraisal = found;
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		AppraisalTemplate template = templates.get(user.tenant(), cycle.templateId());
		AppraisalPhase phase = cycle.phase();
		boolean own = user.isEmployee(appraisal.employeeId());
		boolean reviewer = !own && !asPeer && (appraisal.reviewerId() == null ? user.has(Role.HR_ADMIN)
				: user.isEmployee(appraisal.reviewerId()));
		boolean reviewOpen = phase == AppraisalPhase.SELF_REVIEW || phase == AppraisalPhase.MANAGER_REVIEW;
		model.addAttribute("appraisal", appraisal);
		model.addAttribute("cycle", cycle.shownTo(user));
		model.addAttribute("template", template);
		model.addAttribute("asPeer", asPeer);
		model.addAttribute("own", own);
		model.addAttribute("selfForm", own && phase == AppraisalPhase.SELF_REVIEW);
		model.addAttribute("managerForm", reviewer && (phase == AppraisalPhase.MANAGER_REVIEW
				|| (phase == AppraisalPhase.SELF_REVIEW && appraisal.selfSubmitted())));
		model.addAttribute("managerWaits", reviewer && phase == AppraisalPhase.SELF_REVIEW && !appraisal.selfSubmitted());
		boolean peers = template.uses(AppraisalComponent.PEER);
		model.addAttribute("askPeers", reviewer && peers && reviewOpen);
		model.addAttribute("peerForm", asPeer && reviewOpen);
		model.addAttribute("results", !asPeer && appraisal.finalScore() != null);
		model.addAttribute("respond", own && phase == AppraisalPhase.RESULTS && appraisal.acknowledgedAt() == null
				&& appraisal.appealState() == null);
		model.addAttribute("ratings", ratings(template.ratingScale()));
		if (!asPeer) {
			model.addAttribute("peerComments", reviews.peerComments(user, id));
			model.addAttribute("components", components(appraisal, template));
		}
		if (reviewer && peers && reviewOpen) {
			List<EmployeeSummary> colleagues = people.activeEmployees(user.tenant(), null, null)
				.stream()
				.filter(e -> !e.id().equals(appraisal.employeeId()))
				.sorted(java.util.Comparator.comparing(EmployeeSummary::name))
				.toList();
			model.addAttribute("colleagues", colleagues);
		}
		return "appraisal/appraisal";
	}

	/** Ratings one may give: 1 to the scale in steps of 0.5, best last. */
	private static List<BigDecimal> ratings(int scale) {
		List<BigDecimal> ratings = new ArrayList<>();
		for (int half = 2; half <= scale * 2; half++) {
			ratings.add(BigDecimal.valueOf(half).divide(BigDecimal.valueOf(2)).stripTrailingZeros());
		}
		return ratings;
	}

	/**
	 * What went into the final score, in the template's order: each component in use with its weight, what it
	 * was (ratings as "4.5 of 5") and the fraction the formula saw; missing ones marked as left out.
	 */
	private static List<Part> components(AppraisalView appraisal, AppraisalTemplate template) {
		List<String> missing = appraisal.missingComponents() == null ? List.of()
				: Arrays.stream(appraisal.missingComponents().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
		BigDecimal scale = BigDecimal.valueOf(template.ratingScale());
		List<Part> parts = new ArrayList<>();
		for (AppraisalComponent component : AppraisalComponent.values()) {
			if (!template.uses(component)) {
				continue;
			}
			BigDecimal raw = switch (component) {
				case KPI -> appraisal.kpiScore();
				case OKR -> appraisal.okrScore();
				case MANAGER -> appraisal.managerRating();
				case SELF -> appraisal.selfRating();
				case PEER -> appraisal.peerScore();
			};
			boolean rating = component == AppraisalComponent.MANAGER || component == AppraisalComponent.SELF;
			BigDecimal fraction = raw == null ? null : rating ? raw.divide(scale, MathContext.DECIMAL64) : raw;
			parts.add(new Part(component, template.weights().get(component), rating ? raw : null, fraction,
					missing.contains(component.variable()) || raw == null));
		}
		return parts;
	}

	/** One component of the final score. */
	record Part(AppraisalComponent component, BigDecimal weight, BigDecimal rating, BigDecimal fraction,
			boolean leftOut) {
	}

}
