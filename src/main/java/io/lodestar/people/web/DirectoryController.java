package io.lodestar.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.people.DirectoryQuery;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeStatus;
import io.lodestar.people.EmployeeVisibility;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.people.PositionManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.PageQuery;

/** The employee directory: search, filter by unit, position and status, page and sort. */
@Controller
class DirectoryController {

	private final EmployeeManagement employees;

	private final OrgUnitManagement units;

	private final PositionManagement positions;

	DirectoryController(EmployeeManagement employees, OrgUnitManagement units, PositionManagement positions) {
		this.employees = employees;
		this.units = units;
		this.positions = positions;
	}

	@GetMapping("/people")
	@PreAuthorize("isAuthenticated()")
	String directory(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID unit, @RequestParam(required = false) UUID position,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, Model model, HttpServletRequest request) {
		EmployeeStatus statusFilter = "LEFT".equals(status) ? EmployeeStatus.LEFT : null;
		boolean everyone = "ALL".equals(status);
		var query = new DirectoryQuery(q, unit, position, statusFilter, everyone);
		var result = employees.search(user, query, PageQuery.of(page, PageQuery.DEFAULT_SIZE, sort));
		model.addAttribute("result", result);
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("position", position);
		model.addAttribute("status", status == null ? "ACTIVE" : status);
		model.addAttribute("sort", sort);
		model.addAttribute("unitOptions", UnitOption.flatten(units.tree(user)));
		model.addAttribute("positions", positions.all(user));
		model.addAttribute("canAdminister", EmployeeVisibility.canAdminister(user));
		model.addAttribute("seesEveryone", employees.visibilityFor(user).seesRestrictedFieldsOfEveryone());
		if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
			return "people/directory :: results";
		}
		return "people/directory";
	}

	/** An org unit in a drop-down, indented by depth so the tree stays readable. */
	record UnitOption(UUID id, String name, int depth) {

		static List<UnitOption> flatten(List<OrgUnitNode> roots) {
			List<UnitOption> options = new ArrayList<>();
			roots.forEach(root -> add(root, 0, options));
			return options;
		}

		private static void add(OrgUnitNode node, int depth, List<UnitOption> options) {
			options.add(new UnitOption(node.id(), "\u3000".repeat(depth) + node.name(), depth));
			node.children().forEach(child -> add(child, depth + 1, options));
		}

	}

}
