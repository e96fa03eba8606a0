package io.lodestar.account.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.account.SecondFactorSignIn;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SignInSession;
import io.lodestar.platform.security.SignInThrottledException;

/**
 * The second sign-in step: after the right password the session knows only who is signing in; it is signed
 * in here once an authenticator or recovery code is right, with a new session id (no session fixation).
 */
@Controller
class SecondFactorLoginController {

	private final SecondFactorSignIn signIn;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorLoginController(SecondFactorSignIn signIn, Clock clock) {
		this.signIn = signIn;
		this.clock = clock;
	}

	@GetMapping("/login/code")
	@PreAuthorize("permitAll()")
	String codePage(HttpServletRequest request) {
		return SignInSession.pending(request.getSession(false), clock.instant()).isPresent() ? "login-code"
				: "redirect:/login?error=expired";
	}

	@PostMapping("/login/code")
	@PreAuthorize("permitAll()")
	String code(@RequestParam(required = false) String code, HttpServletRequest request,
			HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		Optional<SignInSession.Pending> pending = SignInSession.pending(session, clock.instant());
		if (pending.isEmpty()) {
			return "redirect:/login?error=expired";
		}
		CurrentUser user;
		try {
			user = signIn.complete(pending.get().userId(), code, request.getRemoteAddr());
		}
		catch (SignInThrottledException throttled) {
			// start again from the password once the wait is over
			SignInSession.abandonSecondFactor(session);
			return "redirect:/login?error=throttled&minutes=" + throttled.minutesToWait();
		}
		catch (DisabledException disabled) {
			SignInSession.abandonSecondFactor(session);
			return "redirect:/login?error=disabled";
		}
		catch (BadCredentialsException wrong) {
			return "redirect:/login/code?error";
		}
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		SignInSession.signedIn(request.getSession(), clock.instant(), false);
		return "redirect:/";
	}

}
