package io.lodestar.reporting.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.reporting.DashboardPeriod;
import io.lodestar.reporting.DashboardPeriods;
import io.lodestar.reporting.Dashboards;
import io.lodestar.reporting.Scorecard;
import io.lodestar.reporting.UnitDashboard;

/**
 * The dashboards: company → org unit → person, each for a period of a fiscal year chosen with {@code year} and
 * {@code period} (Y, H1, Q2, M3; default: the current fiscal year). Who sees what is decided by
 * {@link Dashboards}; the charts are loaded by the page from {@link ChartController}. Showing another person's
 * scores (a person's dashboard, the people of a unit) is recorded as a read of their performance scores, once
 * per page.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	private final DashboardPeriods periods;

	private final SensitiveReads reads;

	DashboardController(Dashboards dashboards, DashboardPeriods periods, SensitiveReads reads) {
		this.dashboards = dashboards;
		this.periods = periods;
		this.reads = reads;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("isAuthenticated()")
	String company(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String period, Model model) {
		DashboardPeriod selected = prepare(user, year, period, model);
		model.addAttribute("dashboard", dashboards.company(user, selected));
		return "reporting/company";
	}

	@GetMapping("/dashboard/units/{id}")
	@PreAuthorize("isAuthenticated()")
	String unit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
			@RequestParam(required = false) String people, Model model) {
		DashboardPeriod selected = prepare(user, year, period, model);
		boolean everyone = "all".equals(people);
		UnitDashboard dashboard = dashboards.unit(user, id, selected,
				everyone ? Dashboards.PEOPLE_SHOWN : Dashboards.PEOPLE_FIRST);
		if (dashboard.showsPeople()) {
			reads.read(user, DataKind.PERFORMANCE_SCORES, dashboard.people().stream().map(Scorecard::id).toList());
		}
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("allPeople", everyone);
		return "reporting/unit";
	}

	@GetMapping("/dashboard/people/{id}")
	@PreAuthorize("isAuthenticated()")
	String person(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period, Model model) {
		DashboardPeriod selected = prepare(user, year, period, model);
		model.addAttribute("dashboard", dashboards.person(user, id, selected));
		reads.read(user, DataKind.PERFORMANCE_SCORES, id);
		return "reporting/person";
	}

	private DashboardPeriod prepare(CurrentUser user, Integer year, String code, Model model) {
		DashboardPeriod selected = periods.resolve(user.tenant(), year, code);
		model.addAttribute("period", selected);
		// the support requests of the engagement module, shown to managers if that module answers
		model.addAttribute("showsSupportRequests", user.has(Role.MANAGER));
		return selected;
	}

}
