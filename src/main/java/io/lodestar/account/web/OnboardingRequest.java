package io.lodestar.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.account.Onboarding;
import io.lodestar.company.NewCompany;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new company and the HR administrator who will set it up. Same constraints as {@link Onboarding}. */
@Schema(name = "Onboarding")
record OnboardingRequest(
		@NotNull(message = "{account.onboarding.company.required}") @Valid
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) CompanyInput company,
		@NotBlank(message = "{account.onboarding.hr-name.required}") @Size(max = 100, message = "{people.employee.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "王芳") String hrName,
		@NotBlank(message = "{account.onboarding.hr-email.required}") @Email(message = "{account.user.email.invalid}")
		@Size(max = 254, message = "{account.user.email.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "wang.fang@example.cn") String hrEmail,
		@NotBlank(message = "{people.employee.employee-no.required}") @Size(max = 40, message = "{people.employee.employee-no.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.employee.employee-no.pattern}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "HR-001") String hrEmployeeNo) {

	/** The company part. Same constraints as {@link NewCompany}. */
	@Schema(name = "CompanyInput")
	record CompanyInput(
			@NotBlank(message = "{company.code.required}") @Size(max = 40, message = "{company.code.size}")
			@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "{company.code.pattern}")
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "XINGCHEN") String code,
			@NotBlank(message = "{company.name.required}") @Size(max = 200, message = "{company.name.size}")
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "星辰科技有限公司") String name,
			@Pattern(regexp = "zh-CN|en", message = "{company.locale.invalid}")
			@Schema(description = "zh-CN (default) or en.", example = "zh-CN") String defaultLocale,
			@NotBlank(message = "{company.timezone.required}")
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Asia/Shanghai") String timeZone) {
	}

	Onboarding command() {
		return new Onboarding(new NewCompany(company.code(), company.name(), company.defaultLocale(), company.timeZone()),
				hrName, hrEmail, hrEmployeeNo);
	}

}
