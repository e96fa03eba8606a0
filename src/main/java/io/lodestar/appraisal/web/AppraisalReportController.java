package io.lodestar.appraisal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.lodestar.appraisal.AppraisalReports;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Messages;

/**
 * The report of one cycle for HR and executives: grades per org unit (stacked bars), how far people are (donut),
 * the appeal log and, only for readers who may see pay, the bonus totals per grade and unit.
 */
@Controller
class AppraisalReportController {

	private final AppraisalReports reports;

	private final AppraisalCharts charts;

	private final Messages messages;

	AppraisalReportController(AppraisalReports reports, AppraisalCharts charts, Messages messages) {
		this.reports = reports;
		this.charts = charts;
		this.messages = messages;
	}

	@GetMapping("/admin/appraisal/cycles/{id}/report")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE')")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		AppraisalReports.Report report = reports.report(user, id);
		model.addAttribute("report", report);
		model.addAttribute("cycle", report.cycle());
		List<String> units = new ArrayList<>(report.gradesPerUnit().keySet());
		List<AppraisalCharts.Series> perGrade = new ArrayList<>();
		for (String grade : report.grades()) {
			perGrade.add(new AppraisalCharts.Series(grade,
					units.stream().map(unit -> report.gradesPerUnit().get(unit).get(grade)).toList()));
		}
		model.addAttribute("gradesChart", units.isEmpty() ? null : charts.bars(units, perGrade, true, true));
		Map<String, Integer> statuses = new LinkedHashMap<>();
		report.progress().statuses().forEach((status, count) -> statuses
			.put(messages.get("appraisal-web.status." + status), count));
		model.addAttribute("statusChart", charts.donut(statuses));
		if (report.bonus() != null && report.bonus().people() > 0) {
			model.addAttribute("bonusGradeChart", charts.bars(new ArrayList<>(report.bonus().byGrade().keySet()),
					List.of(new AppraisalCharts.Series(messages.get("appraisal-web.report.bonus"),
							new ArrayList<>(report.bonus().byGrade().values()))), false, false));
			model.addAttribute("bonusUnitChart", charts.bars(new ArrayList<>(report.bonus().byUnit().keySet()),
					List.of(new AppraisalCharts.Series(messages.get("appraisal-web.report.bonus"),
							new ArrayList<>(report.bonus().byUnit().values()))), false, true));
		}
		return "appraisal/report";
	}

}
