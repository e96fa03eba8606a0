package io.lodestar.people.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeVisibility;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * The start page: who I am and where I sit, my team if I lead one, and the organisation at a glance.
 * Later modules (KPI, OKR) add their own panels through the reporting module.
 */
@Controller
class HomeController {

	private final EmployeeManagement employees;

	private final OrgUnitManagement units;

	HomeController(EmployeeManagement employees, OrgUnitManagement units) {
		this.employees = employees;
		this.units = units;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.tenantId() == null) {
			return "redirect:/admin/companies";
		}
		if (user.employeeId() != null) {
			model.addAttribute("me", employees.get(user, user.employeeId()));
			if (user.has(Role.MANAGER)) {
				model.addAttribute("team", employees.directReports(user, user.employeeId()));
			}
		}
		var tree = units.tree(user);
		model.addAttribute("unitCount", tree.stream().mapToLong(root -> root.flatten().size()).sum());
		model.addAttribute("headcount", tree.stream().mapToLong(OrgUnitNode::totalMembers).sum());
		model.addAttribute("topUnits", tree.isEmpty() ? java.util.List.of() : tree.get(0).children());
		model.addAttribute("canAdminister", EmployeeVisibility.canAdminister(user));
		return "people/home";
	}

}
