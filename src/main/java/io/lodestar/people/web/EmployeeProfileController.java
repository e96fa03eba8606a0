package io.lodestar.people.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.EmployeeVisibility;
import io.lodestar.people.OrgChart;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.ProfileSection;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;

/**
 * An employee's profile. Everyone in the company sees the public part; phone, dates and the placement
 * history only appear for those {@link EmployeeVisibility} allows (the service blanks them otherwise).
 */
@Controller
class EmployeeProfileController {

	private final EmployeeManagement employees;

	private final OrgUnitManagement units;

	private final OrgChart chart;

	private final CompanyManagement companies;

	private final List<ProfileSection> sections;

	private final SensitiveReads reads;

	EmployeeProfileController(EmployeeManagement employees, OrgUnitManagement units, OrgChart chart,
			CompanyManagement companies, ObjectProvider<ProfileSection> sections, SensitiveReads reads) {
		this.reads = reads;
		this.employees = employees;
		this.units = units;
		this.chart = chart;
		this.companies = companies;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ProfileSection::order)).toList();
	}

	@GetMapping("/people/{id}")
	@PreAuthorize("isAuthenticated()")
	String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		EmployeeView employee = employees.get(user, id);
		reads.read(user, DataKind.CONTACT_DETAILS, id);
		model.addAttribute("employee", employee);
		model.addAttribute("unitPath", new OrgTree(units.tree(user)).path(employee.orgUnit().id()));
		model.addAttribute("chain", chart.managerChain(user, id));
		model.addAttribute("reports", employees.directReports(user, id));
		// history is restricted like phone and dates: only asked for when the caller may see it
		model.addAttribute("history", employee.restricted() ? null : employees.history(user, id));
		model.addAttribute("self", user.isEmployee(id));
		model.addAttribute("canAdminister", EmployeeVisibility.canAdminister(user));
		model.addAttribute("today", companies.today(user.tenant()));
		// sections of other modules (recognition, ...) load themselves: people knows only their paths
		model.addAttribute("sections", sections.stream().map(section -> section.pathFor(id)).toList());
		return "people/profile";
	}

}
