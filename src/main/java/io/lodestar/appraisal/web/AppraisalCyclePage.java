package io.lodestar.appraisal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalReports;
import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.Calibration;
import io.lodestar.appraisal.ForcedDistribution;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.Messages;

/**
 * Everything the cycle page shows, gathered from the services as the reader may see it: the cycle (pay base only
 * for those who may see pay), the people, progress, the grade distribution of the whole cycle or one unit, the
 * 9-box and the change log.
 */
@Component
class AppraisalCyclePage {

	private final AppraisalCycles cycles;

	private final AppraisalTemplates templates;

	private final AppraisalReviews reviews;

	private final AppraisalReports reports;

	private final Calibration calibration;

	private final AppraisalCharts charts;

	private final Messages messages;

	private final SensitiveReads reads;

	AppraisalCyclePage(AppraisalCycles cycles, AppraisalTemplates templates, AppraisalReviews reviews,
			AppraisalReports reports, Calibration calibration, AppraisalCharts charts, Messages messages,
			SensitiveReads reads) {
		this.reads = reads;
		this.cycles = cycles;
		this.templates = templates;
		this.reviews = reviews;
		this.reports = reports;
		this.calibration = calibration;
		this.charts = charts;
		this.messages = messages;
	}

	/** Which people the page lists: a name or employee-number search and a page of {@value #PEOPLE_PER_PAGE}. */
	record PeopleFilter(String q, int page) {

		static final PeopleFilter NONE = new PeopleFilter(null, 0);

		boolean matches(io.lodestar.appraisal.AppraisalView appraisal) {
			if (q == null || q.isBlank()) {
				return true;
			}
			String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
			return String.valueOf(appraisal.employeeName()).toLowerCase(java.util.Locale.ROOT).contains(needle)
					|| String.valueOf(appraisal.employeeNo()).toLowerCase(java.util.Locale.ROOT).contains(needle);
		}

	}

	/** A cycle of thousands lists them page by page, not all in one page. */
	static final int PEOPLE_PER_PAGE = 100;

	String render(CurrentUser user, UUID id, String unit, PeopleFilter filter, Model model) {
		AppraisalCycle cycle = cycles.get(user.tenant(), id);
		AppraisalTemplate template = templates.get(user.tenant(), cycle.templateId());
		model.addAttribute("cycle", cycle.shownTo(user));
		model.addAttribute("template", template);
		model.addAttribute("next", cycle.isClosed() ? null : cycle.phase().next());
		model.addAttribute("phases", AppraisalPhase.values());
		model.addAttribute("isHr", user.has(Role.HR_ADMIN));
		model.addAttribute("canSeePay", user.canSeePay());
		model.addAttribute("calibrating", cycle.phase() == AppraisalPhase.CALIBRATION);
		model.addAttribute("inResults", cycle.phase() == AppraisalPhase.RESULTS);
		java.util.List<io.lodestar.appraisal.AppraisalView> people = reviews.ofCycle(user, id)
			.stream()
			.filter(filter::matches)
			.toList();
		int pageNumber = Math.max(0, Math.min(filter.page(), Math.max(0, (people.size() - 1) / PEOPLE_PER_PAGE)));
		java.util.List<io.lodestar.appraisal.AppraisalView> shown = people.subList(pageNumber * PEOPLE_PER_PAGE,
				Math.min(people.size(), (pageNumber + 1) * PEOPLE_PER_PAGE));
		model.addAttribute("appraisals", shown);
		java.util.Set<UUID> readOn = new java.util.LinkedHashSet<>();
		shown.forEach(appraisal -> readOn.add(appraisal.employeeId()));
		model.addAttribute("peoplePage",
				new io.lodestar.platform.web.PageResult<>(shown, pageNumber, PEOPLE_PER_PAGE, people.size()));
		model.addAttribute("q", filter.q());
		model.addAttribute("peopleSearchable", people.size() > PEOPLE_PER_PAGE || (filter.q() != null && !filter.q().isBlank()));
		model.addAttribute("progress", reports.progress(user, id));
		model.addAttribute("changes", cycles.changes(user.tenant(), id));
		boolean scored = !cycle.phase().isBefore(AppraisalPhase.CALIBRATION);
		model.addAttribute("scored", scored);
		if (scored) {
			distribution(user, id, unit, model);
			nineBox(user, id, model).forEach(placed -> readOn.add(placed.employeeId()));
		}
		// the listed people and everyone in the 9-box: one entry for the page
		reads.read(user, DataKind.APPRAISAL_RESULTS, readOn);
		return "appraisal/cycle";
	}

	private void distribution(CurrentUser user, UUID id, String unit, Model model) {
		Map<String, List<ForcedDistribution.Row>> groups = calibration.distribution(user.tenant(), id);
		List<String> units = groups.keySet().stream().filter(java.util.Objects::nonNull).toList();
		String chosen = unit != null && groups.containsKey(unit) ? unit : null;
		List<ForcedDistribution.Row> rows = groups.getOrDefault(chosen, List.of());
		List<String> grades = rows.stream().map(ForcedDistribution.Row::grade).toList();
		List<AppraisalCharts.Series> series = new ArrayList<>();
		series.add(new AppraisalCharts.Series(messages.get("appraisal-web.distribution.target"),
				rows.stream().map(ForcedDistribution.Row::target).toList()));
		series.add(new AppraisalCharts.Series(messages.get("appraisal-web.distribution.manager"),
				rows.stream().map(ForcedDistribution.Row::manager).toList()));
		series.add(new AppraisalCharts.Series(messages.get("appraisal-web.distribution.calibrated"),
				rows.stream().map(ForcedDistribution.Row::calibrated).toList()));
		model.addAttribute("distributionUnits", units);
		model.addAttribute("distributionUnit", chosen);
		model.addAttribute("distributionRows", rows);
		model.addAttribute("distributionChart", charts.bars(grades, series, false, false));
	}

	/** The 9-box as rows of boxes, high potential on top, performance rising to the right. */
	private List<Calibration.Placed> nineBox(CurrentUser user, UUID id, Model model) {
		List<Calibration.Placed> placed = calibration.nineBox(user.tenant(), id);
		List<List<List<Calibration.Placed>>> rows = new ArrayList<>();
		for (int row = 2; row >= 0; row--) {
			List<List<Calibration.Placed>> boxes = new ArrayList<>();
			for (int column = 0; column <= 2; column++) {
				int r = row;
				int c = column;
				boxes.add(placed.stream().filter(p -> p.box().row() == r && p.box().column() == c).toList());
			}
			rows.add(boxes);
		}
		model.addAttribute("nineBox", rows);
		model.addAttribute("nineBoxEmpty", placed.isEmpty());
		return placed;
	}

}
