package io.lodestar.account.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.lodestar.account.SignInPolicy;

/** The sign-in page (with the single sign-on button when configured); Spring Security processes the POST. Signed-in users are sent home. */
@Controller
class LoginController {

	private final SignInPolicy signIn;

	LoginController(SignInPolicy signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login(Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("oidcEnabled", signIn.oidcEnabled());
		model.addAttribute("oidcLabel", signIn.oidcButtonLabel());
		return "login";
	}

}
