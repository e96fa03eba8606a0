package io.lodestar.account.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.account.Reauthentication;
import io.lodestar.account.TwoFactorManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SignInRefusedException;
import io.lodestar.platform.security.SignInSession;
import io.lodestar.platform.security.SignInThrottledException;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Notices;

/**
 * My two-factor sign-in: enrol with an authenticator app, get recovery codes (shown once), turn it off; and
 * the confirmation page that every sensitive change of one's account needs first ({@link RecentSignIn}).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TwoFactorController {

	private static final String PAGE = "/account/two-factor";

	/** Why a single sign-on confirmation came back unconfirmed (see account.OidcReauthentication). */
	private static final Set<String> SINGLE_SIGN_ON_FAILURES = Set.of("sso-stale", "sso-other-person", "sso-failed");

	private final TwoFactorManagement twoFactor;

	private final Reauthentication reauthentication;

	private final RecentSignIn recent;

	TwoFactorController(TwoFactorManagement twoFactor, Reauthentication reauthentication, RecentSignIn recent) {
		this.twoFactor = twoFactor;
		this.reauthentication = reauthentication;
		this.recent = recent;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("status", twoFactor.status(user));
		model.addAttribute("enrolment", twoFactor.pendingEnrolment(user).orElse(null));
		return "account/two-factor";
	}

	@PostMapping(PAGE + "/start")
	String start(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
		if (!recent.isRecent(request)) {
			return RecentSignIn.confirmFirst(PAGE);
		}
		return act(redirect, null, () -> twoFactor.startEnrolment(user));
	}

	@PostMapping(PAGE + "/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!recent.isRecent(request)) {
			return RecentSignIn.confirmFirst(PAGE);
		}
		return act(redirect, "account.two-factor.enabled", () -> {
			redirect.addFlashAttribute("recoveryCodes", twoFactor.confirmEnrolment(user, code));
			SignInSession.enrolled(request.getSession());
		});
	}

	@PostMapping(PAGE + "/recovery-codes")
	String recoveryCodes(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!recent.isRecent(request)) {
			return RecentSignIn.confirmFirst(PAGE);
		}
		return act(redirect, "account.two-factor.codes-replaced",
				() -> redirect.addFlashAttribute("recoveryCodes", twoFactor.replaceRecoveryCodes(user)));
	}

	@PostMapping(PAGE + "/disable")
	String disable(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
		if (!recent.isRecent(request)) {
			return RecentSignIn.confirmFirst(PAGE);
		}
		return act(redirect, "account.two-factor.disabled", () -> twoFactor.disable(user));
	}

	/** Offers what this person signs in with: a password (Lodestar's or the directory's), single sign-on, or both. */
	@GetMapping(RecentSignIn.CONFIRM_PATH)
	String confirmPage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String next,
			@RequestParam(required = false) String failed, Model model) {
		model.addAttribute("next", RecentSignIn.safeNext(next));
		model.addAttribute("options", reauthentication.options(user));
		model.addAttribute("singleSignOnFirst", user.authMethod() == CurrentUser.AuthMethod.OIDC);
		model.addAttribute("singleSignOnStart", Reauthentication.singleSignOnStart(next));
		model.addAttribute("minutes", recent.windowMinutes());
		if (failed != null && SINGLE_SIGN_ON_FAILURES.contains(failed) && !model.containsAttribute("problem")) {
			model.addAttribute("problem", new Notices.Notice("account.confirm." + failed, null));
		}
		return "account/confirm";
	}

	@PostMapping(RecentSignIn.CONFIRM_PATH)
	String confirmIdentity(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String password,
			@RequestParam(required = false) String code, @RequestParam(required = false) String next,
			HttpServletRequest request, RedirectAttributes redirect) {
		String target = RecentSignIn.safeNext(next);
		try {
			if (!reauthentication.withPassword(user, password, code, request.getRemoteAddr())) {
				problem(redirect, "account.confirm.wrong");
				return RecentSignIn.confirmFirst(target);
			}
		}
		catch (SignInThrottledException throttled) {
			problem(redirect, "account.login.throttled", throttled.minutesToWait());
			return RecentSignIn.confirmFirst(target);
		}
		catch (SignInRefusedException directoryUnavailable) {
			problem(redirect, "account.login." + directoryUnavailable.reason());
			return RecentSignIn.confirmFirst(target);
		}
		recent.markRecent(request);
		return "redirect:" + target;
	}

	/** An error shown on the next page (a {@link Notices notice} reads as success). */
	private static void problem(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute("problem", new Notices.Notice(key, arguments));
	}

	private static String act(RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			if (notice != null) {
				Notices.add(redirect, notice);
			}
		}
		catch (BusinessRuleException refused) {
			problem(redirect, refused.code(), refused.arguments());
		}
		return "redirect:" + PAGE;
	}

}
