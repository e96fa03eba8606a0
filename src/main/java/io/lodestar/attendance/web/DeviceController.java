package io.lodestar.attendance.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.attendance.DeviceRegistry;
import io.lodestar.attendance.DeviceView;
import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/**
 * HR administrators' pages for time clocks: the company's devices with their status, devices waiting for
 * approval (serials masked; approval by the full serial number), and one device with its commands, lines set
 * aside and recent punches.
 */
@Controller
class DeviceController {

	private final DeviceRegistry registry;

	private final CompanyManagement companies;

	DeviceController(DeviceRegistry registry, CompanyManagement companies) {
		this.registry = registry;
		this.companies = companies;
	}

	@GetMapping("/admin/attendance/devices")
	@PreAuthorize(DeviceApiController.HR)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("approve")) {
			model.addAttribute("approve", new DeviceForms.Approve());
		}
		model.addAttribute("devices", registry.devices(user));
		model.addAttribute("pending", registry.pending(user));
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		return "attendance/devices";
	}

	@PostMapping("/admin/attendance/devices")
	@PreAuthorize(DeviceApiController.HR)
	String approve(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("approve") DeviceForms.Approve form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			DeviceView device = registry.approve(user, form.getSerialNumber(), form.getName(), form.getUtcOffset());
			Notices.add(redirect, "attendance.device.approved", device.serialNumber());
			return "redirect:/admin/attendance/devices/" + device.id();
		}
		catch (BusinessRuleException violation) {
			FormErrors.reject(result, violation);
			return list(user, model);
		}
	}

	@GetMapping("/admin/attendance/devices/{id}")
	@PreAuthorize(DeviceApiController.HR)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("device", registry.device(user, id));
		model.addAttribute("commands", registry.commands(user, id));
		model.addAttribute("setAside", registry.setAside(user, id));
		model.addAttribute("punches", registry.recentPunches(user, id));
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		if (!model.containsAttribute("pushUser")) {
			model.addAttribute("pushUser", new DeviceForms.PushUser());
		}
		if (!model.containsAttribute("reupload")) {
			model.addAttribute("reupload", new DeviceForms.Reupload());
		}
		if (!model.containsAttribute("security")) {
			DeviceForms.Security security = new DeviceForms.Security();
			security.setAllowedNetworks(((DeviceView) model.getAttribute("device")).allowedNetworks());
			model.addAttribute("security", security);
		}
		return "attendance/device";
	}

	@PostMapping("/admin/attendance/devices/{id}/commands/user")
	@PreAuthorize(DeviceApiController.HR)
	String pushUser(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("pushUser") DeviceForms.PushUser form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			registry.pushUser(user, id, form.getPin(), form.getName());
			Notices.add(redirect, "attendance.commands.queued");
			return "redirect:/admin/attendance/devices/" + id;
		}
		catch (BusinessRuleException violation) {
			FormErrors.reject(result, violation);
			return show(user, id, model);
		}
	}

	@PostMapping("/admin/attendance/devices/{id}/commands/reupload")
	@PreAuthorize(DeviceApiController.HR)
	String reupload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("reupload") DeviceForms.Reupload form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				registry.reupload(user, id, form.getFrom(), form.getTo());
				Notices.add(redirect, "attendance.commands.queued");
				return "redirect:/admin/attendance/devices/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return show(user, id, model);
	}

	@PostMapping("/admin/attendance/devices/{id}/security")
	@PreAuthorize(DeviceApiController.HR)
	String secure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("security") DeviceForms.Security form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			registry.secure(user, id, form.getSecret(), form.isClearSecret(), form.getAllowedNetworks());
			Notices.add(redirect, "attendance.device.secured");
			return "redirect:/admin/attendance/devices/" + id;
		}
		catch (BusinessRuleException violation) {
			form.setSecret(null); // never sent back to the browser
			FormErrors.reject(result, violation);
			return show(user, id, model);
		}
	}

}
