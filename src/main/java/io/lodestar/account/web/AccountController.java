package io.lodestar.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.Reauthentication;
import io.lodestar.account.Reauthentication.OwnPassword;
import io.lodestar.account.TwoFactorManagement;
import io.lodestar.company.CompanyManagement;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.SupportedLocales;

/**
 * My account: who I am, my language, my password and my sessions. Changing the password or signing out
 * everywhere ends every session including this one, so the user signs in again. Only a Lodestar password is
 * changed here: a directory password is the directory's, and someone signed in through single sign-on
 * confirms it is them there instead of typing a current password they may never have had.
 */
@Controller
class AccountController {

	private static final List<Role> ROLE_ORDER = List.of(Role.EMPLOYEE, Role.MANAGER, Role.HR_ADMIN, Role.EXECUTIVE,
			Role.SYSTEM_ADMIN);

	private final AccountManagement accounts;

	private final PeopleDirectory people;

	private final CompanyManagement companies;

	private final LocaleResolver locales;

	private final RecentSignIn recent;

	private final TwoFactorManagement twoFactor;

	private final Reauthentication reauthentication;

	AccountController(AccountManagement accounts, PeopleDirectory people, CompanyManagement companies,
			LocaleResolver locales, RecentSignIn recent, TwoFactorManagement twoFactor,
			Reauthentication reauthentication) {
		this.reauthentication = reauthentication;
		this.recent = recent;
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.people = people;
		this.companies = companies;
		this.locales = locales;
	}

	@GetMapping("/account")
	@PreAuthorize("isAuthenticated()")
	String account(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return page(user, request, model);
	}

	@PostMapping("/account/password")
	@PreAuthorize("isAuthenticated()")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (reauthentication.ownPassword(user) != OwnPassword.LODESTAR) {
			// a directory password or single sign-on only: there is no Lodestar password to change
			return "redirect:/account";
		}
		boolean bySingleSignOn = bySingleSignOn(user);
		if ((bySingleSignOn || twoFactor.status(user).enabled()) && !recent.isRecent(request)) {
			// the current password in the form re-authenticates; with two-factor sign-in a recent code is needed too,
			// and after single sign-on a recent confirmation replaces the current password.
			// The form is not kept: passwords are never echoed back into a page
			return RecentSignIn.confirmFirst("/account");
		}
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("repeatPassword")
				&& !Objects.equals(form.getNewPassword(), form.getRepeatPassword())) {
			result.rejectValue("repeatPassword", "account.password.mismatch");
		}
		boolean invalid = bySingleSignOn ? result.getErrorCount() > result.getFieldErrorCount("currentPassword")
				: result.hasErrors();
		if (invalid) {
			return page(user, request, model);
		}
		try {
			if (bySingleSignOn) {
				accounts.changeOwnPasswordAfterReauthentication(user, form.getNewPassword());
			}
			else {
				accounts.changeOwnPassword(user, form.getCurrentPassword(), form.getNewPassword());
			}
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, refused);
			return page(user, request, model);
		}
		signOutHere(request, response, authentication);
		return "redirect:/login?passwordChanged";
	}

	@PostMapping("/account/sessions/end")
	@PreAuthorize("isAuthenticated()")
	String endSessions(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Authentication authentication) {
		accounts.endOwnSessions(user);
		signOutHere(request, response, authentication);
		return "redirect:/login?ended";
	}

	/** Saves the language for this browser (cookie) and for the account, so other devices follow. */
	@PostMapping("/account/language")
	@PreAuthorize("isAuthenticated()")
	String language(@RequestParam(required = false) String language, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Locale locale = SupportedLocales.closest(language);
		if (locale == null) {
			Notices.add(redirect, "account.me.language.unchanged");
			return "redirect:/account";
		}
		locales.setLocale(request, response, locale);
		Notices.add(redirect, "account.me.language.saved");
		return "redirect:/account";
	}

	private String page(CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("roles", ROLE_ORDER.stream().filter(user::has).toList());
		model.addAttribute("ownPassword", reauthentication.ownPassword(user).name());
		model.addAttribute("bySingleSignOn", bySingleSignOn(user));
		model.addAttribute("recentlyConfirmed", recent.isRecent(request));
		if (user.employeeId() != null && user.tenantId() != null) {
			model.addAttribute("employee", people.employee(user.tenantId(), user.employeeId()).orElse(null));
		}
		model.addAttribute("zone", Zones.of(user, companies));
		return "account/me";
	}

	/** Signed in at the OIDC provider: no current Lodestar password is asked for, a recent confirmation is. */
	private static boolean bySingleSignOn(CurrentUser user) {
		return user.authMethod() == CurrentUser.AuthMethod.OIDC;
	}

	/** The service already ended every session in the database; this one also goes at once. */
	private static void signOutHere(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		new CookieClearingLogoutHandler("LODESTAR_SESSION").logout(request, response, authentication);
		new SecurityContextLogoutHandler().logout(request, response, authentication);
	}

}
