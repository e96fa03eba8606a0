package io.lodestar.people.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.lodestar.people.DirectoryQuery;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.EmployeeVisibility;
import io.lodestar.people.OrgChart;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.PageQuery;

/**
 * The org chart: the unit tree, expanded down to a focused unit, with members loaded when a unit is opened,
 * and a person search that opens the chart where the person sits.
 */
@Controller
class OrgChartController {

	static final int SEARCH_LIMIT = 20;

	private final OrgUnitManagement units;

	private final EmployeeManagement employees;

	private final OrgChart chart;

	OrgChartController(OrgUnitManagement units, EmployeeManagement employees, OrgChart chart) {
		this.units = units;
		this.employees = employees;
		this.chart = chart;
	}

	@GetMapping("/org")
	@PreAuthorize("isAuthenticated()")
	String chart(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID unit,
			@RequestParam(required = false) UUID person, @RequestParam(required = false) String q, Model model) {
		OrgTree tree = new OrgTree(units.tree(user));
		UUID focus = unit;
		if (person != null) {
			EmployeeView chosen = employees.get(user, person);
			focus = unit != null ? unit : chosen.orgUnit().id();
		}
		if (focus != null) {
			tree.require(focus);
		}
		Set<UUID> open = tree.openTowards(focus);
		model.addAttribute("roots", tree.roots());
		model.addAttribute("open", open);
		model.addAttribute("members", chart.members(user, open));
		model.addAttribute("focus", focus);
		model.addAttribute("person", person);
		model.addAttribute("path", tree.path(focus));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("hits", search(user, tree, q));
		}
		model.addAttribute("canAdminister", EmployeeVisibility.canAdminister(user));
		return "people/org";
	}

	/** Lazy content of a unit that was just expanded. */
	@GetMapping("/org/units/{id}/members")
	@PreAuthorize("isAuthenticated()")
	String members(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		OrgUnitNode unit = units.get(user, id);
		model.addAttribute("unitMembers", chart.members(user, id));
		model.addAttribute("headId", unit.head() == null ? null : unit.head().id());
		model.addAttribute("person", null);
		return "people/org :: members";
	}

	/** As-you-type person search; without htmx the chart page shows the same results. */
	@GetMapping("/org/search")
	@PreAuthorize("isAuthenticated()")
	String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (htmx == null) {
			return "redirect:" + UriComponentsBuilder.fromPath("/org").queryParam("q", q).build().encode().toUriString();
		}
		model.addAttribute("q", q);
		model.addAttribute("hits", q == null || q.isBlank() ? null : search(user, new OrgTree(units.tree(user)), q));
		return "people/org :: search-results";
	}

	private Hits search(CurrentUser user, OrgTree tree, String text) {
		var found = employees.search(user, new DirectoryQuery(text.strip(), null, null, null, false),
				PageQuery.of(0, SEARCH_LIMIT, "name,asc"));
		return new Hits(found.items()
			.stream()
			.map(employee -> new PersonHit(employee, unitPath(tree, employee.orgUnit().id())))
			.toList(), found.totalItems());
	}

	/** Unit names from the top down; the company itself is left out (everyone is in it) unless they sit there. */
	private static List<String> unitPath(OrgTree tree, UUID unitId) {
		List<String> names = tree.path(unitId).stream().map(OrgUnitNode::name).toList();
		return names.size() > 1 ? names.subList(1, names.size()) : names;
	}

	/** The first matches of a search and how many there are in all. */
	record Hits(List<PersonHit> items, long total) {

		public boolean more() {
			return total > items.size();
		}

	}

	/** A search result: the person and the names of the units from the top down to theirs. */
	record PersonHit(EmployeeView employee, List<String> unitPath) {

		public String pathText() {
			return String.join(" › ", unitPath);
		}

	}

}
