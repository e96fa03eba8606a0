package io.lodestar.account.web;

import java.time.Instant;
import java.util.UUID;

import io.lodestar.company.CompanySummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** A company (tenant). */
@Schema(name = "Company")
record CompanyResponse(UUID id, String code, String name,
		@Schema(description = "zh-CN or en.") String defaultLocale,
		@Schema(description = "IANA time zone; business dates are checked against it.", example = "Asia/Shanghai") String timeZone,
		Instant createdAt) {

	static CompanyResponse of(CompanySummary company) {
		return new CompanyResponse(company.id(), company.code(), company.name(), company.defaultLocale(),
				company.timeZone(), company.createdAt());
	}

}
