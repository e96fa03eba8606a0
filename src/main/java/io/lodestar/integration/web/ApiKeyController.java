package io.lodestar.integration.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import io.lodestar.integration.ApiKeyView;
import io.lodestar.integration.ApiKeys;
import io.lodestar.integration.IssuedApiKey;
import io.lodestar.integration.NewApiKey;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/** HR's page for integration API keys: the list, the new-key form (the key is shown once) and revocation. */
@Controller
class ApiKeyController {

	private final ApiKeys keys;

	private final CompanyManagement companies;

	ApiKeyController(ApiKeys keys, CompanyManagement companies) {
		this.keys = keys;
		this.companies = companies;
	}

	@GetMapping("/admin/api-keys")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("keyForm", new ApiKeyForm());
		return page(user, model);
	}

	@PostMapping("/admin/api-keys")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("keyForm") ApiKeyForm form,
			BindingResult result, Model model) {
		LocalDate expiresOn = null;
		if (form.getExpiresOn() != null && !form.getExpiresOn().isBlank()) {
			try {
				expiresOn = LocalDate.parse(form.getExpiresOn().strip());
			}
			catch (DateTimeParseException malformed) {
				result.rejectValue("expiresOn", "integration.key.expiry-invalid");
			}
		}
		if (!result.hasErrors()) {
			try {
				IssuedApiKey issued = keys.issue(user,
						new NewApiKey(form.getName(), form.getScopes(), expiresOn, form.getAllowedAddresses()));
				model.addAttribute("issued", issued);
				model.addAttribute("keyForm", new ApiKeyForm());
			}
			catch (BusinessRuleException refused) {
				FormErrors.reject(result, refused);
			}
		}
		return page(user, model);
	}

	@PostMapping("/admin/api-keys/{id}/revoke")
	@PreAuthorize(IntegrationWeb.ADMIN)
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ApiKeyView revoked = keys.revoke(user, id);
		Notices.add(redirect, "integration.key.revoked", revoked.name());
		return "redirect:/admin/api-keys";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("keys", keys.list(user));
		model.addAttribute("allScopes", TokenScope.forIntegrationKeys());
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		return "integration/api-keys";
	}

}
