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
import io.lodestar.people.PositionManagement;
import io.lodestar.people.PositionRequest;
import io.lodestar.people.PositionView;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Notices;

/** The company's job titles: list, create, rename and delete the ones nobody holds. */
@Controller
class PositionAdminController {

	private final PositionManagement positions;

	private final OrgChart chart;

	private final Messages messages;

	PositionAdminController(PositionManagement positions, OrgChart chart, Messages messages) {
		this.positions = positions;
		this.chart = chart;
		this.messages = messages;
	}

	@GetMapping("/admin/positions")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("positions", positions.all(user));
		model.addAttribute("holders", chart.activeHoldersByPosition(user));
		return "people/positions";
	}

	@GetMapping("/admin/positions/new")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String createForm(Model model) {
		model.addAttribute("form", new PositionRequest(null, null, null));
		return "people/position-form";
	}

	@PostMapping("/admin/positions/new")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PositionRequest form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				PositionView created = positions.create(user, form);
				Notices.add(redirect, "people.position.created", created.name());
				return "redirect:/admin/positions";
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return "people/position-form";
	}

	@GetMapping("/admin/positions/{id}/edit")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		PositionView position = positions.get(user, id);
		model.addAttribute("form", new PositionRequest(position.code(), position.name(), position.description()));
		model.addAttribute("position", position);
		model.addAttribute("version", position.version());
		return "people/position-form";
	}

	@PostMapping("/admin/positions/{id}/edit")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") PositionRequest form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		PositionView position = positions.get(user, id);
		if (!result.hasErrors()) {
			try {
				PositionView saved = positions.update(user, id, form, version);
				Notices.add(redirect, "people.position.saved", saved.name());
				return "redirect:/admin/positions";
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("platform.error.concurrent-change");
			}
		}
		model.addAttribute("position", position);
		model.addAttribute("version", version);
		return "people/position-form";
	}

	/** Deleting a title someone holds (or held) is refused with the reason, on the list page. */
	@PostMapping("/admin/positions/{id}/delete")
	@PreAuthorize(EmployeeFormsController.ADMIN)
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PositionView position = positions.get(user, id);
		try {
			positions.delete(user, id);
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", messages.get(refused.code(), refused.arguments()));
			return list(user, model);
		}
		Notices.add(redirect, "people.position.deleted", position.name());
		return "redirect:/admin/positions";
	}

}
