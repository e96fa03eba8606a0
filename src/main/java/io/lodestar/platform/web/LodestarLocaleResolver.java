package io.lodestar.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

import io.lodestar.platform.security.CurrentUsers;

/**
 * The language of a request: the language switch (a cookie) first, then the signed-in user's saved
 * preference, then the browser's Accept-Language, then English. Switching while signed in also saves
 * the preference for the user's other devices.
 */
class LodestarLocaleResolver implements LocaleResolver {

	static final String COOKIE = "LODESTAR_LANG";

	private final LocalePreferenceStore preferences;

	LodestarLocaleResolver(LocalePreferenceStore preferences) {
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object chosen = request.getAttribute(COOKIE);
		if (chosen instanceof Locale locale) {
			return locale;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				Locale locale = COOKIE.equals(cookie.getName()) ? SupportedLocales.closest(cookie.getValue()) : null;
				if (locale != null) {
					return locale;
				}
			}
		}
		Locale preferred = CurrentUsers.find().map(user -> SupportedLocales.closest(user.locale())).orElse(null);
		if (preferred != null) {
			return preferred;
		}
		var header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					Locale locale = SupportedLocales.closest(range.getRange());
					if (locale != null) {
						return locale;
					}
				}
			}
			catch (IllegalArgumentException malformedHeader) {
				// fall through to the default
			}
		}
		return SupportedLocales.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale requested) {
		Locale locale = requested == null ? null : SupportedLocales.closest(requested.toLanguageTag());
		if (locale == null) {
			return;
		}
		request.setAttribute(COOKIE, locale);
		if (response != null) {
			response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, SupportedLocales.tag(locale))
				.path("/")
				.maxAge(Duration.ofDays(365))
				.sameSite("Lax")
				.httpOnly(true)
				.build()
				.toString());
		}
		CurrentUsers.find().ifPresent(user -> preferences.save(user.userId(), locale));
	}

}
