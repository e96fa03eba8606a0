package io.lodestar.reporting.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.reporting.DashboardCharts;
import io.lodestar.reporting.DashboardPeriods;

/**
 * ECharts options for the dashboard pages ({@code data-chart} elements, drawn by {@code app.js}), in the
 * reader's language. Same access rules as the pages: what the viewer may not see is 404.
 */
@RestController
@RequestMapping(path = "/reporting/charts", produces = MediaType.APPLICATION_JSON_VALUE)
class ChartController {

	private final DashboardCharts charts;

	private final DashboardPeriods periods;

	private final SensitiveReads reads;

	ChartController(DashboardCharts charts, DashboardPeriods periods, SensitiveReads reads) {
		this.charts = charts;
		this.periods = periods;
		this.reads = reads;
	}

	@GetMapping("/company/trend")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> companyTrend(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period) {
		return charts.companyTrend(user, periods.resolve(user.tenant(), year, period));
	}

	@GetMapping("/company/distribution")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> companyDistribution(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period) {
		return charts.companyDistribution(user, periods.resolve(user.tenant(), year, period));
	}

	@GetMapping("/units/{id}/trend")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> unitTrend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period) {
		return charts.unitTrend(user, id, periods.resolve(user.tenant(), year, period));
	}

	@GetMapping("/units/{id}/sub-units")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> subUnits(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period) {
		return charts.subUnitTrend(user, id, periods.resolve(user.tenant(), year, period));
	}

	/** Sub-units compared on one KPI: {@code kpi} is {@code d:<definition id>} or {@code t:<title>} (404 if none has it). */
	@GetMapping("/units/{id}/compare")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> compare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String kpi, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String period) {
		return charts.comparison(user, id, kpi, periods.resolve(user.tenant(), year, period));
	}

	@GetMapping("/units/{id}/distribution")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> unitDistribution(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period) {
		return charts.unitDistribution(user, id, periods.resolve(user.tenant(), year, period));
	}

	@GetMapping("/people/{id}/trend")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> personTrend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period) {
		Map<String, Object> trend = charts.personTrend(user, id, periods.resolve(user.tenant(), year, period));
		// the person's scores over the periods, readable without the page: recorded like the page
		reads.read(user, DataKind.PERFORMANCE_SCORES, id);
		return trend;
	}

}
