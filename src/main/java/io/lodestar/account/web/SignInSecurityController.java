package io.lodestar.account.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.account.SignInPolicy;
import io.lodestar.account.TwoFactorManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Notices;

/**
 * A company's sign-in rules: whether people may sign in with a Lodestar password once single sign-on or the
 * directory is set up, and which roles must use two-factor sign-in. HR admins and system administrators decide;
 * a member of such a role without it is sent to set it up at their next sign-in.
 */
@Controller
@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
class SignInSecurityController {

	private static final String PAGE = "/admin/security";

	private static final List<Role> ORDER = List.of(Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.EXECUTIVE,
			Role.PAY_VIEWER, Role.MANAGER, Role.EMPLOYEE);

	private final TwoFactorManagement twoFactor;

	private final SignInPolicy policy;

	SignInSecurityController(TwoFactorManagement twoFactor, SignInPolicy policy) {
		this.twoFactor = twoFactor;
		this.policy = policy;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("roles", ORDER);
		model.addAttribute("enforced", twoFactor.enforcedRoles(user));
		model.addAttribute("everywhere", twoFactor.enforcedEverywhere());
		model.addAttribute("passwordSignIn", policy.passwordSignIn(user));
		model.addAttribute("oidc", policy.oidcEnabled());
		model.addAttribute("directory", policy.directoryEnabled());
		// why "off" cannot be chosen now; shown beside the switch instead of after a failed save
		model.addAttribute("switchOffRefusal", policy.switchOffRefusal(user).orElse(null));
		return "admin/security";
	}

	@PostMapping(PAGE)
	String save(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Set<Role> roles,
			RedirectAttributes redirect) {
		twoFactor.enforce(user, roles == null ? EnumSet.noneOf(Role.class) : roles);
		Notices.add(redirect, "account.security.saved");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/password-sign-in")
	String passwordSignIn(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Boolean allowed,
			Model model, RedirectAttributes redirect) {
		if (allowed == null) {
			model.addAttribute("policyProblem", "account.sso.policy.password-sign-in.required");
			return page(user, model);
		}
		try {
			policy.changePasswordSignIn(user, allowed);
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("policyProblem", refused.code());
			return page(user, model);
		}
		Notices.add(redirect, allowed ? "account.sso.policy.saved.allowed" : "account.sso.policy.saved.off");
		return "redirect:" + PAGE;
	}

}
