package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.Calibration;
import io.lodestar.appraisal.PayrollExport;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;

/**
 * One appraisal cycle for HR and executives: phase and progress, the people, calibration (HR and executives),
 * appeal decisions, reopening and recomputing (HR), what-if and payroll files (only for those who may see pay).
 * A refusal re-renders the page with the service's message at the top; the cycle is loaded first so another
 * company's id is "not found" before any input is looked at.
 */
@Controller
class AppraisalCycleController {

	static final String HR = "hasRole('HR_ADMIN')";

	static final String HR_OR_EXECUTIVE = "hasAnyRole('HR_ADMIN', 'EXECUTIVE')";

	static final String PAY = "hasAnyRole('HR_ADMIN', 'PAY_VIEWER')";

	private final AppraisalCycles cycles;

	private final AppraisalReviews reviews;

	private final Calibration calibration;

	private final PayrollExport payroll;

	private final AppraisalCyclePage page;

	private final Messages messages;

	AppraisalCycleController(AppraisalCycles cycles, AppraisalReviews reviews, Calibration calibration,
			PayrollExport payroll, AppraisalCyclePage page, Messages messages) {
		this.cycles = cycles;
		this.reviews = reviews;
		this.calibration = calibration;
		this.payroll = payroll;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping("/admin/appraisal/cycles/{id}")
	@PreAuthorize(HR_OR_EXECUTIVE)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("unit", unit);
		return this.page.render(user, id, unit, new AppraisalCyclePage.PeopleFilter(q, page), model);
	}

	/** The computation's progress bar, polled every 2 s while it runs; when done, htmx reloads the page. */
	@GetMapping("/admin/appraisal/cycles/{id}/computation")
	@PreAuthorize(HR_OR_EXECUTIVE)
	String computation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		AppraisalCycle cycle = cycles.get(user.tenant(), id);
		model.addAttribute("cycle", cycle.shownTo(user));
		if (htmx != null && !cycle.computation().running()) {
			response.setHeader("HX-Refresh", "true");
		}
		return "appraisal/cycle-parts :: computation";
	}

	@PostMapping("/admin/appraisal/cycles/{id}/advance")
	@PreAuthorize(HR)
	String advance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) AppraisalPhase phase, Model model, RedirectAttributes redirect) {
		AppraisalCycle cycle = cycles.get(user.tenant(), id);
		return act(user, id, model, () -> {
			AppraisalCycle moved = cycles.advance(user, id, phase);
			Notices.add(redirect, "appraisal-web.cycle.moved", cycle.name(),
					messages.get("appraisal-web.phase." + moved.phase()));
			return "redirect:/admin/appraisal/cycles/" + id;
		});
	}

	@PostMapping("/admin/appraisal/cycles/{id}/reopen")
	@PreAuthorize(HR)
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		AppraisalCycle cycle = cycles.get(user.tenant(), id);
		return act(user, id, model, () -> {
			cycles.reopen(user, id, reason);
			Notices.add(redirect, "appraisal-web.cycle.reopened", cycle.name());
			return "redirect:/admin/appraisal/cycles/" + id;
		});
	}

	@PostMapping("/admin/appraisal/cycles/{id}/recompute")
	@PreAuthorize(HR)
	String recompute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		AppraisalCycle cycle = cycles.get(user.tenant(), id);
		return act(user, id, model, () -> {
			calibration.recompute(user, id, reason);
			Notices.add(redirect, "appraisal-web.cycle.recomputed", cycle.name());
			return "redirect:/admin/appraisal/cycles/" + id;
		});
	}

	@PostMapping("/admin/appraisal/cycles/{id}/calibration")
	@PreAuthorize(HR_OR_EXECUTIVE)
	String calibrate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID appraisal, @RequestParam(required = false) String grade,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		cycles.get(user.tenant(), id);
		return act(user, id, model, () -> {
			var changed = calibration.calibrate(user, inCycle(user, id, appraisal), grade, reason);
			Notices.add(redirect, "appraisal-web.calibration.done", changed.employeeName(), changed.grade());
			return "redirect:/admin/appraisal/cycles/" + id + "#people";
		});
	}

	@PostMapping("/admin/appraisal/cycles/{id}/appeal-decision")
	@PreAuthorize(HR)
	String decideAppeal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID appraisal, @RequestParam(required = false) String grade,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		cycles.get(user.tenant(), id);
		return act(user, id, model, () -> {
			var decided = reviews.decideAppeal(user, inCycle(user, id, appraisal), grade, reason);
			Notices.add(redirect, "appraisal-web.appeal.decided", decided.employeeName());
			return "redirect:/admin/appraisal/cycles/" + id + "#people";
		});
	}

	/** What pay would be with another base or pool (htmx panel; nothing stored). */
	@GetMapping("/admin/appraisal/cycles/{id}/what-if")
	@PreAuthorize(PAY)
	String whatIf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) BigDecimal payBase, @RequestParam(required = false) BigDecimal pool,
			Model model) {
		model.addAttribute("cycle", cycles.get(user.tenant(), id));
		try {
			model.addAttribute("whatIf", calibration.whatIf(user, id, payBase, pool));
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("whatIfError", messages.get(refused.code(), refused.arguments()));
		}
		return "appraisal/cycle-parts :: what-if";
	}

	@GetMapping("/admin/appraisal/cycles/{id}/payroll.xlsx")
	@PreAuthorize(PAY)
	ResponseEntity<byte[]> payrollXlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			Locale locale) {
		return AppraisalSetupApiController.file(payroll.xlsx(user, id, locale),
				payroll.fileName(user.tenant(), id, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/admin/appraisal/cycles/{id}/payroll.csv")
	@PreAuthorize(PAY)
	ResponseEntity<byte[]> payrollCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			Locale locale) {
		return AppraisalSetupApiController.file(payroll.csv(user, id, locale), payroll.fileName(user.tenant(), id, "csv"),
				MediaType.parseMediaType("text/csv;charset=UTF-8"));
	}

	/** The appraisal, if it belongs to this cycle (a form of another cycle's page must not act here). */
	private UUID inCycle(CurrentUser user, UUID cycle, UUID appraisal) {
		if (appraisal == null || !cycle.equals(reviews.get(user, appraisal).cycleId())) {
			throw new io.lodestar.platform.web.NotFoundException("appraisal", appraisal);
		}
		return appraisal;
	}

	/** Runs an action on the cycle: where it redirects when done, or the cycle page saying why it was refused. */
	private String act(CurrentUser user, UUID id, Model model, java.util.function.Supplier<String> action) {
		try {
			return action.get();
		}
		catch (BusinessRuleException refused) {
			return refused(user, id, refused, model);
		}
	}

	private String refused(CurrentUser user, UUID id, BusinessRuleException refused, Model model) {
		model.addAttribute(FieldErrors.PAGE, messages.get(refused.code(), refused.arguments()));
		return page.render(user, id, null, AppraisalCyclePage.PeopleFilter.NONE, model);
	}

}
