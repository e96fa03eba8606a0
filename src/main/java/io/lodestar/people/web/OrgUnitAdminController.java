package io.lodestar.people.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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

import io.lodestar.people.OrgChart;
import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.people.OrgUnitRequest;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;

/** Maintaining the org tree: add, rename, re-parent, appoint heads, re-order and delete empty units. */
@Controller
class OrgUnitAdminController {

	private final OrgUnitManagement units;

	private final OrgChart chart;

	private final Messages messages;

	OrgUnitAdminController(OrgUnitManagement units, OrgChart chart, Messages messages) {
		this.units = units;
		this.chart = chart;
		this.messages = messages;
	}

	@GetMapping("/admin/org-units")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("roots", units.tree(user));
		return "people/org-units";
	}

	@GetMapping("/admin/org-units/new")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String createForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID parent,
			Model model) {
		OrgTree tree = new OrgTree(units.tree(user));
		OrgUnitNode parentNode = parent == null ? tree.roots().get(0) : tree.require(parent);
		OrgUnitKind kind = switch (parentNode.kind()) {
			case COMPANY, DIVISION -> OrgUnitKind.DEPARTMENT;
			default -> OrgUnitKind.TEAM;
		};
		int nextSortOrder = parentNode.children().stream().mapToInt(OrgUnitNode::sortOrder).max().orElse(0) + 1;
		model.addAttribute("form", new OrgUnitRequest(parentNode.id(), null, null, kind, null, nextSortOrder));
		return formPage(user, tree, null, model);
	}

	@PostMapping("/admin/org-units/new")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") OrgUnitRequest form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				OrgUnitNode created = units.create(user, form);
				Notices.add(redirect, "people.org-unit.created", created.name());
				return "redirect:/admin/org-units";
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return formPage(user, new OrgTree(units.tree(user)), null, model);
	}

	@GetMapping("/admin/org-units/{id}/edit")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		OrgTree tree = new OrgTree(units.tree(user));
		OrgUnitNode unit = tree.require(id);
		model.addAttribute("form", new OrgUnitRequest(unit.parentId(), unit.code(), unit.name(), unit.kind(),
				unit.head() == null ? null : unit.head().id(), unit.sortOrder()));
		model.addAttribute("version", unit.version());
		return formPage(user, tree, unit, model);
	}

	@PostMapping("/admin/org-units/{id}/edit")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") OrgUnitRequest form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		OrgTree tree = new OrgTree(units.tree(user));
		OrgUnitNode unit = tree.require(id);
		if (!result.hasErrors()) {
			try {
				OrgUnitNode saved = units.update(user, id, form, version);
				Notices.add(redirect, "people.org-unit.saved", saved.name());
				return "redirect:/admin/org-units";
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("platform.error.concurrent-change");
			}
		}
		model.addAttribute("version", version);
		return formPage(user, tree, unit, model);
	}

	/** Only empty units go: the refusal says what still hangs on the unit and what to do about it. */
	@PostMapping("/admin/org-units/{id}/delete")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OrgUnitNode unit = new OrgTree(units.tree(user)).require(id);
		try {
			units.delete(user, id);
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", messages.get(refused.code(), refused.arguments()));
			return list(user, model);
		}
		Notices.add(redirect, "people.org-unit.deleted", unit.name());
		return "redirect:/admin/org-units";
	}

	private String formPage(CurrentUser user, OrgTree tree, OrgUnitNode unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("unitOptions", tree.options());
		model.addAttribute("kinds", OrgUnitKind.values());
		model.addAttribute("heads", chart.activeEmployees(user));
		return "people/org-unit-form";
	}

}
