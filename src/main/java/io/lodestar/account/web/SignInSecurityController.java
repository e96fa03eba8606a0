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

import io.lodestar.account.TwoFactorManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.Notices;

/**
 * Which roles of the company must use two-factor sign-in. HR admins and system administrators decide; a
 * member of such a role without it is sent to set it up at their next sign-in.
 */
@Controller
@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
class SignInSecurityController {

	private static final List<Role> ORDER = List.of(Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.EXECUTIVE,
			Role.PAY_VIEWER, Role.MANAGER, Role.EMPLOYEE);

	private final TwoFactorManagement twoFactor;

	SignInSecurityController(TwoFactorManagement twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping("/admin/security")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("roles", ORDER);
		model.addAttribute("enforced", twoFactor.enforcedRoles(user));
		model.addAttribute("everywhere", twoFactor.enforcedEverywhere());
		return "admin/security";
	}

	@PostMapping("/admin/security")
	String save(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Set<Role> roles,
			RedirectAttributes redirect) {
		twoFactor.enforce(user, roles == null ? EnumSet.noneOf(Role.class) : roles);
		Notices.add(redirect, "account.security.saved");
		return "redirect:/admin/security";
	}

}
