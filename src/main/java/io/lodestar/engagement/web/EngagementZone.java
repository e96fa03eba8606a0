package io.lodestar.engagement.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.security.CurrentUsers;

/** Engagement pages show times in the company's time zone ({@code zone}). */
@ControllerAdvice(assignableTypes = { InboxController.class, FeedbackController.class, SupportController.class })
class EngagementZone {

	private final CompanyManagement companies;

	EngagementZone(CompanyManagement companies) {
		this.companies = companies;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return CurrentUsers.find()
			.filter(user -> user.tenantId() != null)
			.map(user -> companies.zoneOf(user.tenantId()))
			.orElse(java.time.ZoneOffset.UTC);
	}

}
