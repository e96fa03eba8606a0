package io.lodestar.account.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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

import io.lodestar.account.IssuedToken;
import io.lodestar.account.NewToken;
import io.lodestar.account.TokenManagement;
import io.lodestar.account.TokenView;
import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/**
 * My personal access tokens. A new token is shown in the response to the form that created it and never
 * again (only its hash is stored), so it is rendered directly rather than carried through a redirect.
 */
@Controller
class TokenController {

	private final TokenManagement tokens;

	private final CompanyManagement companies;

	TokenController(TokenManagement tokens, CompanyManagement companies) {
		this.tokens = tokens;
		this.companies = companies;
	}

	@GetMapping("/account/tokens")
	@PreAuthorize("isAuthenticated()")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("tokenForm", new TokenForm());
		return page(user, model);
	}

	@PostMapping("/account/tokens")
	@PreAuthorize("isAuthenticated()")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("tokenForm") TokenForm form,
			BindingResult result, Model model) {
		LocalDate expiresOn = null;
		if (form.getExpiresOn() != null && !form.getExpiresOn().isBlank()) {
			try {
				expiresOn = LocalDate.parse(form.getExpiresOn().strip());
			}
			catch (DateTimeParseException malformed) {
				result.rejectValue("expiresOn", "account.token.expiry-invalid");
			}
		}
		if (result.hasErrors()) {
			return page(user, model);
		}
		try {
			IssuedToken issued = tokens.issue(user, new NewToken(form.getName(), form.getScopes(), expiresOn));
			model.addAttribute("issued", issued);
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return page(user, model);
		}
		model.addAttribute("tokenForm", new TokenForm());
		return page(user, model);
	}

	/** With htmx only the token's row is replaced; without JavaScript the list is shown again. */
	@PostMapping("/account/tokens/{id}/revoke")
	@PreAuthorize("isAuthenticated()")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		TokenView revoked = tokens.revoke(user, id);
		if (request.getHeader("HX-Request") != null) {
			model.addAttribute("tokens", List.of(revoked));
			model.addAttribute("zone", Zones.of(user, companies));
			return "account/tokens :: row";
		}
		Notices.add(redirect, "account.tokens.revoked", revoked.name());
		return "redirect:/account/tokens";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("tokens", tokens.mine(user));
		model.addAttribute("allScopes", TokenScope.personal());
		model.addAttribute("zone", Zones.of(user, companies));
		return "account/tokens";
	}

}
