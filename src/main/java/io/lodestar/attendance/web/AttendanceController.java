package io.lodestar.attendance.web;

import java.time.YearMonth;
import java.util.Map;
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

import io.lodestar.attendance.AttendanceSummaries;
import io.lodestar.attendance.ResultWorker;
import io.lodestar.company.CompanyManagement;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Notices;

/**
 * Attendance pages: my month and my team's (everyone), one person's month with a daily chart, an org unit's
 * month with its sub-units' punctuality; who sees what is decided by {@link AttendanceSummaries}.
 */
@Controller
class AttendanceController {

	private final AttendanceSummaries summaries;

	private final ResultWorker worker;

	private final CompanyManagement companies;

	private final OrgUnitManagement units;

	AttendanceController(AttendanceSummaries summaries, ResultWorker worker, CompanyManagement companies,
			OrgUnitManagement units) {
		this.summaries = summaries;
		this.worker = worker;
		this.companies = companies;
		this.units = units;
	}

	private YearMonth month(CurrentUser user, String month, Model model) {
		YearMonth selected = Months.parse(month, YearMonth.from(companies.today(user.tenant())));
		model.addAttribute("month", selected);
		model.addAttribute("previous", selected.minusMonths(1));
		model.addAttribute("next", selected.plusMonths(1));
		return selected;
	}

	@GetMapping("/attendance")
	@PreAuthorize("isAuthenticated()")
	String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
			Model model) {
		YearMonth selected = month(user, month, model);
		if (user.employeeId() != null) {
			model.addAttribute("mine", summaries.person(user, user.employeeId(), selected));
		}
		model.addAttribute("team", summaries.team(user, selected));
		boolean everyone = user.hasAny(io.lodestar.platform.security.Role.HR_ADMIN,
				io.lodestar.platform.security.Role.EXECUTIVE);
		model.addAttribute("rootUnit", everyone ? units.tree(user).get(0) : null);
		model.addAttribute("unitsHeaded", everyone ? Map.of() : summaries.unitsHeaded(user));
		model.addAttribute("canRecompute", user.has(io.lodestar.platform.security.Role.HR_ADMIN));
		return "attendance/overview";
	}

	@GetMapping("/attendance/people/{id}")
	@PreAuthorize("isAuthenticated()")
	String person(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String month, Model model) {
		model.addAttribute("person", summaries.person(user, id, month(user, month, model)));
		return "attendance/person";
	}

	@GetMapping("/attendance/units/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE', 'MANAGER')")
	String unit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String month, Model model) {
		model.addAttribute("unit", summaries.unit(user, id, month(user, month, model)));
		return "attendance/unit";
	}

	@PostMapping("/attendance/recompute")
	@PreAuthorize(DeviceApiController.HR)
	String recompute(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		YearMonth selected = Months.parse(month, null);
		try {
			int changed = worker.recomputeMonth(user, selected);
			Notices.add(redirect, "attendance.recompute.done", String.valueOf(selected), changed);
		}
		catch (BusinessRuleException refused) {
			Notices.add(redirect, refused.code(), refused.arguments());
		}
		return "redirect:/attendance?month=" + (selected == null ? "" : selected);
	}

}
