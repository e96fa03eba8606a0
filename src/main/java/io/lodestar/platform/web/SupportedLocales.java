package io.lodestar.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages Lodestar speaks. Every message bundle exists in each of them (checked by a test). */
public final class SupportedLocales {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

	private SupportedLocales() {
	}

	/** Maps any tag to a supported locale: every "zh" variant to zh-CN, everything else to English. */
	public static Locale closest(String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		Locale requested = Locale.forLanguageTag(tag.replace('_', '-'));
		if ("zh".equals(requested.getLanguage())) {
			return CHINESE;
		}
		if ("en".equals(requested.getLanguage())) {
			return ENGLISH;
		}
		return null;
	}

	public static String tag(Locale locale) {
		return CHINESE.equals(locale) ? "zh-CN" : "en";
	}

}
