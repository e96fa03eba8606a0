package io.lodestar.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Looks up UI text in the current request's language. */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String code, Object... arguments) {
		return get(LocaleContextHolder.getLocale(), code, arguments);
	}

	public String get(Locale locale, String code, Object... arguments) {
		return source.getMessage(code, arguments, code, locale);
	}

}
