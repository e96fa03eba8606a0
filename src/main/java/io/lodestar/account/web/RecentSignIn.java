package io.lodestar.account.web;

import java.time.Clock;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.lodestar.account.Reauthentication;
import io.lodestar.platform.security.SignInSession;

/**
 * "Sudo mode": changing the password or two-factor settings needs a sign-in or a confirmation within the last
 * few minutes, so an unattended browser is not enough. A confirmation is the Lodestar or directory password (and
 * a code if two-factor sign-in is on) or a fresh login at the single sign-on provider ({@link Reauthentication}).
 */
@Component
class RecentSignIn {

	static final String CONFIRM_PATH = "/account/confirm";

	private final Duration window;

	private final Clock clock;

	RecentSignIn(@Value("${lodestar.security.reauthentication:5m}") Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	boolean isRecent(HttpServletRequest request) {
		return SignInSession.authenticatedWithin(request.getSession(false), window, clock.instant());
	}

	void markRecent(HttpServletRequest request) {
		SignInSession.reauthenticated(request.getSession(), clock.instant());
	}

	/** Where to send the user to confirm it is them, coming back to {@code next} afterwards. */
	static String confirmFirst(String next) {
		return "redirect:" + CONFIRM_PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
	}

	/** Only pages of one's own account are valid places to come back to (no open redirect). */
	static String safeNext(String next) {
		return Reauthentication.safeNext(next);
	}

	long windowMinutes() {
		return Math.max(1, window.toMinutes());
	}

}
