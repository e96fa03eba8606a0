package io.lodestar.recognition.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.security.CurrentUsers;

/** Recognition pages show times in the company's time zone ({@code zone}). */
@ControllerAdvice(assignableTypes = { RecognitionController.class, RecognitionAdminController.class })
class RecognitionZone {

	private final CompanyManagement companies;

	RecognitionZone(CompanyManagement companies) {
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
