package io.lodestar.integration.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

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

import io.lodestar.company.CompanyManagement;
import io.lodestar.integration.IssuedWebhookSecret;
import io.lodestar.integration.WebhookDeliveryView;
import io.lodestar.integration.WebhookEventKind;
import io.lodestar.integration.WebhookView;
import io.lodestar.integration.Webhooks;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/**
 * HR's pages for outgoing webhooks: the list with the new-webhook form, and each webhook with its settings,
 * secret rotation (the secret is shown once), deletion and its delivery log with "redeliver".
 */
@Controller
class WebhookController {

	private final Webhooks webhooks;

	private final CompanyManagement companies;

	WebhookController(Webhooks webhooks, CompanyManagement companies) {
		this.webhooks = webhooks;
		this.companies = companies;
	}

	@GetMapping("/admin/webhooks")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("webhookForm", new WebhookForm());
		return listPage(user, model);
	}

	@PostMapping("/admin/webhooks")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("webhookForm") WebhookForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("issued", webhooks.create(user, form.request()));
				model.addAttribute("webhookForm", new WebhookForm());
			}
			catch (BusinessRuleException refused) {
				FormErrors.reject(result, refused);
			}
		}
		return listPage(user, model);
	}

	@GetMapping("/admin/webhooks/{id}")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("webhookForm", WebhookForm.of(webhooks.get(user, id)));
		return page(user, id, model);
	}

	@PostMapping("/admin/webhooks/{id}")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("webhookForm") WebhookForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				WebhookView saved = webhooks.update(user, id, form.request());
				Notices.add(redirect, "integration.webhook.saved", saved.name());
				return "redirect:/admin/webhooks/" + id;
			}
			catch (BusinessRuleException refused) {
				FormErrors.reject(result, refused);
			}
		}
		return page(user, id, model);
	}

	@PostMapping("/admin/webhooks/{id}/secret")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String rotate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		IssuedWebhookSecret issued = webhooks.rotateSecret(user, id);
		model.addAttribute("issued", issued);
		model.addAttribute("webhookForm", WebhookForm.of(issued.webhook()));
		return page(user, id, model);
	}

	@PostMapping("/admin/webhooks/{id}/delete")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		String name = webhooks.get(user, id).name();
		webhooks.delete(user, id);
		Notices.add(redirect, "integration.webhook.deleted", name);
		return "redirect:/admin/webhooks";
	}

	@PostMapping("/admin/webhook-deliveries/{id}/redeliver")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String redeliver(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			WebhookDeliveryView delivery = webhooks.redeliver(user, id);
			Notices.add(redirect, "integration.delivery.redelivering", delivery.webhookName());
			return "redirect:/admin/webhooks/" + delivery.webhookId();
		}
		catch (BusinessRuleException busy) {
			Notices.add(redirect, busy.code());
			return "redirect:/admin/webhooks/" + webhooks.delivery(user, id).webhookId();
		}
	}

	private String listPage(CurrentUser user, Model model) {
		model.addAttribute("webhooks", webhooks.list(user));
		model.addAttribute("allKinds", List.of(WebhookEventKind.values()));
		return "integration/webhooks";
	}

	private String page(CurrentUser user, UUID id, Model model) {
		model.addAttribute("webhook", webhooks.get(user, id));
		model.addAttribute("deliveries", webhooks.deliveries(user, id));
		model.addAttribute("allKinds", List.of(WebhookEventKind.values()));
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		return "integration/webhook";
	}

}
