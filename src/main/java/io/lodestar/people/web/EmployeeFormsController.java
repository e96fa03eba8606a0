package io.lodestar.people.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.Departure;
import io.lodestar.people.EmployeeCorrection;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.Move;
import io.lodestar.people.NewEmployee;
import io.lodestar.people.OrgChart;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.PositionManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/**
 * HR forms for the employee life cycle: hire, correct details, move (transfer, promotion, new manager),
 * record a departure and take someone back. Rules live in {@link EmployeeManagement}; this class shows
 * their verdicts next to the fields.
 */
@Controller
class EmployeeFormsController {

	static final String ADMIN = "hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')";

	private final EmployeeManagement employees;

	private final OrgUnitManagement units;

	private final PositionManagement positions;

	private final OrgChart chart;

	private final CompanyManagement companies;

	EmployeeFormsController(EmployeeManagement employees, OrgUnitManagement units, PositionManagement positions,
			OrgChart chart, CompanyManagement companies) {
		this.employees = employees;
		this.units = units;
		this.positions = positions;
		this.chart = chart;
		this.companies = companies;
	}

	@GetMapping("/people/new")
	@PreAuthorize(ADMIN)
	String hireForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID unit,
			Model model) {
		LocalDate today = companies.today(user.tenant());
		model.addAttribute("form", new NewEmployee(null, null, null, null, today, unit, null, null));
		return hirePage(user, model);
	}

	@PostMapping("/people/new")
	@PreAuthorize(ADMIN)
	String hire(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewEmployee form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				EmployeeView hired = employees.hire(user, form);
				Notices.add(redirect, "people.employee.hired", hired.name());
				return "redirect:/people/" + hired.id();
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return hirePage(user, model);
	}

	@GetMapping("/people/{id}/edit")
	@PreAuthorize(ADMIN)
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		EmployeeView employee = employees.get(user, id);
		model.addAttribute("form", new EmployeeCorrection(employee.employeeNo(), employee.name(), employee.email(),
				employee.phone(), employee.hireDate(), employee.version()));
		model.addAttribute("employee", employee);
		return "people/employee-edit";
	}

	@PostMapping("/people/{id}/edit")
	@PreAuthorize(ADMIN)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") EmployeeCorrection form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EmployeeView employee = employees.get(user, id);
		if (!result.hasErrors()) {
			try {
				employees.correct(user, id, form);
				Notices.add(redirect, "people.employee.saved", form.name().strip());
				return "redirect:/people/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("platform.error.concurrent-change");
			}
		}
		model.addAttribute("employee", employee);
		return "people/employee-edit";
	}

	@GetMapping("/people/{id}/move")
	@PreAuthorize(ADMIN)
	String moveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		EmployeeView employee = employees.get(user, id);
		model.addAttribute("form", new Move(employee.orgUnit().id(),
				employee.position() == null ? null : employee.position().id(),
				employee.manager() == null ? null : employee.manager().id(), companies.today(user.tenant()), null));
		return movePage(user, employee, model);
	}

	@PostMapping("/people/{id}/move")
	@PreAuthorize(ADMIN)
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") Move form, BindingResult result, Model model, RedirectAttributes redirect) {
		EmployeeView employee = employees.get(user, id);
		if (!result.hasErrors()) {
			try {
				employees.move(user, id, form);
				Notices.add(redirect, "people.employee.moved", employee.name());
				return "redirect:/people/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return movePage(user, employee, model);
	}

	@GetMapping("/people/{id}/leave")
	@PreAuthorize(ADMIN)
	String leaveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		EmployeeView employee = employees.get(user, id);
		model.addAttribute("form", new Departure(companies.today(user.tenant()), null));
		return leavePage(user, employee, model);
	}

	@PostMapping("/people/{id}/leave")
	@PreAuthorize(ADMIN)
	String leave(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") Departure form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EmployeeView employee = employees.get(user, id);
		if (!result.hasErrors()) {
			try {
				employees.leave(user, id, form);
				Notices.add(redirect, "people.employee.departed", employee.name());
				return "redirect:/people/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return leavePage(user, employee, model);
	}

	/** Takes a former employee back in their last unit and position (the manager only if still active). */
	@PostMapping("/people/{id}/rejoin")
	@PreAuthorize(ADMIN)
	String rejoin(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
			RedirectAttributes redirect) {
		EmployeeView employee = employees.rejoin(user, id, firstDay);
		Notices.add(redirect, "people.employee.rejoined", employee.name());
		return "redirect:/people/" + id;
	}

	private String hirePage(CurrentUser user, Model model) {
		model.addAttribute("unitOptions", new OrgTree(units.tree(user)).options());
		model.addAttribute("positions", positions.all(user));
		model.addAttribute("managers", chart.activeEmployees(user));
		return "people/employee-new";
	}

	private String movePage(CurrentUser user, EmployeeView employee, Model model) {
		model.addAttribute("employee", employee);
		model.addAttribute("unitOptions", new OrgTree(units.tree(user)).options());
		model.addAttribute("positions", positions.all(user));
		// nobody can be their own manager; people below them are refused by the service with the reason
		model.addAttribute("managers",
				chart.activeEmployees(user).stream().filter(choice -> !choice.id().equals(employee.id())).toList());
		return "people/employee-move";
	}

	private String leavePage(CurrentUser user, EmployeeView employee, Model model) {
		model.addAttribute("employee", employee);
		model.addAttribute("reports", employees.directReports(user, employee.id()));
		return "people/employee-leave";
	}

}
