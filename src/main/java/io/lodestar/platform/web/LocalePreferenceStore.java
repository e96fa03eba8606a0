package io.lodestar.platform.web;

import java.util.Locale;
import java.util.UUID;

/** Remembers a signed-in user's language across devices. Implemented by the account module. */
public interface LocalePreferenceStore {

	void save(UUID userId, Locale locale);

}
