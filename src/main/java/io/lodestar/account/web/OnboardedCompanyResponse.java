package io.lodestar.account.web;

import io.lodestar.account.OnboardedCompany;
import io.swagger.v3.oas.annotations.media.Schema;

/** The registered company, its first HR administrator's account and that account's one-time password. */
@Schema(name = "OnboardedCompany")
record OnboardedCompanyResponse(CompanyResponse company, UserResponse hrAdministrator,
		@Schema(description = "The HR administrator's first password; shown only in this response.") String initialPassword) {

	static OnboardedCompanyResponse of(OnboardedCompany onboarded) {
		return new OnboardedCompanyResponse(CompanyResponse.of(onboarded.company()),
				UserResponse.of(onboarded.hrAdministrator().user()), onboarded.hrAdministrator().initialPassword());
	}

}
