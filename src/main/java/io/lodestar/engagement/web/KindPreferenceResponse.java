package io.lodestar.engagement.web;

import io.lodestar.engagement.KindPreference;
import io.lodestar.platform.web.Messages;

/** Email on or off for one kind of notification, with the kind's name in the caller's language. */
record KindPreferenceResponse(String kind, String name, boolean email, boolean companyDefault, boolean own) {

	static KindPreferenceResponse of(KindPreference preference, Messages messages) {
		return new KindPreferenceResponse(preference.kind(), messages.get(preference.nameKey()), preference.email(),
				preference.companyDefault(), preference.own());
	}

}
