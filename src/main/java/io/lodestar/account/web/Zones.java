package io.lodestar.account.web;

import java.time.ZoneId;
import java.time.ZoneOffset;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.security.CurrentUser;

/** Times on account pages are shown in the company's time zone; UTC for a platform operator outside one. */
final class Zones {

	private Zones() {
	}

	static ZoneId of(CurrentUser user, CompanyManagement companies) {
		return user.tenantId() == null ? ZoneOffset.UTC : companies.zoneOf(user.tenantId());
	}

}
