package io.lodestar.engagement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
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
import io.lodestar.engagement.ChatChannelView;
import io.lodestar.engagement.ChatTestResult;
import io.lodestar.engagement.DeliveryStatus;
import io.lodestar.engagement.NotificationChannels;
import io.lodestar.engagement.NotificationDeliveries;
import io.lodestar.engagement.NotificationKinds;
import io.lodestar.engagement.NotificationPreferences;
import io.lodestar.engagement.channels.ChatPlatform;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.PageQuery;

/**
 * HR administrators' page for notification delivery: whether email is on, the company's group chats (add,
 * change, test, remove), the company's email defaults per kind, and the delivery log with "retry now".
 */
@Controller
class NotificationAdminController {

	static final String HR = "hasRole('HR_ADMIN')";

	private final NotificationChannels channels;

	private final NotificationDeliveries deliveries;

	private final NotificationPreferences preferences;

	private final CompanyManagement companies;

	NotificationAdminController(NotificationChannels channels, NotificationDeliveries deliveries,
			NotificationPreferences preferences, CompanyManagement companies) {
		this.channels = channels;
		this.deliveries = deliveries;
		this.preferences = preferences;
		this.companies = companies;
	}

	@GetMapping("/admin/notifications")
	@PreAuthorize(HR)
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("emailEnabled", deliveries.emailEnabled());
		model.addAttribute("emailFrom", deliveries.emailFrom());
		model.addAttribute("channels", channels.all(user));
		model.addAttribute("defaults", preferences.companyDefaults(user));
		return "engagement/notification-admin";
	}

	@PostMapping("/admin/notifications/defaults")
	@PreAuthorize(HR)
	String saveDefaults(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "email", required = false) List<String> checked, RedirectAttributes redirect) {
		Map<String, Boolean> email = new LinkedHashMap<>();
		NotificationKinds.all().forEach(kind -> email.put(kind, checked != null && checked.contains(kind)));
		preferences.setCompanyDefaults(user, email);
		Notices.add(redirect, "engagement.notify-admin.defaults-saved");
		return "redirect:/admin/notifications";
	}

	@GetMapping("/admin/notifications/channels/new")
	@PreAuthorize(HR)
	String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new ChatChannelForm());
		return form(null, model);
	}

	@PostMapping("/admin/notifications/channels/new")
	@PreAuthorize(HR)
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ChatChannelForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ChatChannelView created = channels.create(user, form.request());
				Notices.add(redirect, "engagement.channel.created", created.name());
				return "redirect:/admin/notifications";
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return form(null, model);
	}

	@GetMapping("/admin/notifications/channels/{id}")
	@PreAuthorize(HR)
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		ChatChannelView channel = channels.get(user, id);
		model.addAttribute("form", ChatChannelForm.of(channel));
		return form(channel, model);
	}

	@PostMapping("/admin/notifications/channels/{id}")
	@PreAuthorize(HR)
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("form") ChatChannelForm form, BindingResult result, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		ChatChannelView channel = channels.get(user, id); // another company's channel is not found before anything else
		if (!result.hasErrors()) {
			try {
				ChatChannelView saved = channels.update(user, id, form.request(), version);
				Notices.add(redirect, "engagement.channel.updated", saved.name());
				return "redirect:/admin/notifications";
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				result.reject("platform.error.concurrent-change");
			}
		}
		return form(channel, model);
	}

	@PostMapping("/admin/notifications/channels/{id}/test")
	@PreAuthorize(HR)
	String test(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ChatTestResult outcome = channels.sendTest(user, id);
		if (outcome.sent()) {
			Notices.add(redirect, "engagement.channel.test-sent");
		}
		else {
			Notices.add(redirect, "engagement.channel.test-failed", outcome.error());
		}
		return "redirect:/admin/notifications/channels/" + id;
	}

	@PostMapping("/admin/notifications/channels/{id}/delete")
	@PreAuthorize(HR)
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ChatChannelView channel = channels.get(user, id);
		channels.delete(user, id);
		Notices.add(redirect, "engagement.channel.deleted", channel.name());
		return "redirect:/admin/notifications";
	}

	@GetMapping("/admin/notifications/deliveries")
	@PreAuthorize(HR)
	String deliveries(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("result", deliveries.list(user, status, PageQuery.of(page, 30, null)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", DeliveryStatus.values());
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		return "engagement/notification-deliveries";
	}

	@PostMapping("/admin/notifications/deliveries/{id}/retry")
	@PreAuthorize(HR)
	String retry(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) DeliveryStatus status, RedirectAttributes redirect) {
		deliveries.retryNow(user, id);
		Notices.add(redirect, "engagement.delivery.retried");
		return "redirect:/admin/notifications/deliveries" + (status == null ? "" : "?status=" + status);
	}

	private String form(ChatChannelView channel, Model model) {
		model.addAttribute("channel", channel);
		model.addAttribute("platforms", ChatPlatform.values());
		model.addAttribute("kinds", NotificationKinds.all());
		return "engagement/notification-channel-form";
	}

}
