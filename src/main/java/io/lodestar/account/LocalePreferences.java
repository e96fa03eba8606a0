package io.lodestar.account;

import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.platform.web.LocalePreferenceStore;
import io.lodestar.platform.web.SupportedLocales;

/** Saves the language a user switched to, without touching the account's version (not an edit). */
@Component
class LocalePreferences implements LocalePreferenceStore {

	private final JdbcClient jdbc;

	LocalePreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(UUID userId, Locale locale) {
		jdbc.sql("update account_user set preferred_locale = :tag where id = :id")
			.param("tag", SupportedLocales.tag(locale))
			.param("id", userId)
			.update();
	}

}
