package io.lodestar.attendance.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.attendance.AttendanceSummaries;
import io.lodestar.attendance.MonthSummary;
import io.lodestar.attendance.PersonMonth;
import io.lodestar.attendance.UnitMonth;
import io.lodestar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Monthly attendance: own month for everyone, a manager's people and units, the whole company for HR. */
@RestController
@RequestMapping("/api/v1/attendance")
@Tag(name = "Attendance summaries", description = "Days and monthly totals: present, late, early leave, absent, "
		+ "missing punch, overtime, punctuality.")
class AttendanceSummaryApiController {

	private final AttendanceSummaries summaries;

	AttendanceSummaryApiController(AttendanceSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/people/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A person's month", description = "?month=yyyy-MM; every computed day and the totals.")
	@ApiResponse(responseCode = "404", description = "No such employee in the company (problem details).")
	@ApiResponse(responseCode = "200", description = "The month's days and totals.", useReturnTypeSchema = true)
	PersonMonth person(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String month) {
		return summaries.person(user, id, Months.parse(month, null));
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE', 'MANAGER')")
	@Operation(summary = "An org unit's month", description = "Totals over everyone in the unit and below, each "
			+ "direct sub-unit and each person.")
	@ApiResponse(responseCode = "404", description = "No such org unit in the company (problem details).")
	@ApiResponse(responseCode = "200", description = "The unit's totals, its sub-units and its people.", useReturnTypeSchema = true)
	UnitMonth unit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String month) {
		return summaries.unit(user, id, Months.parse(month, null));
	}

	@GetMapping("/team")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The month of everyone the caller may read",
			description = "A manager's people; everyone for HR and executives; empty for others.")
	List<MonthSummary> team(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month) {
		return summaries.team(user, Months.parse(month, null));
	}

}
