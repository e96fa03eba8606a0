package io.lodestar.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Onboarding a company: the company itself and its first HR administrator, in one flat form. */
class CompanyForm {

	@NotBlank(message = "{company.code.required}")
	@Size(max = 40, message = "{company.code.size}")
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "{company.code.pattern}")
	private String code;

	@NotBlank(message = "{company.name.required}")
	@Size(max = 200, message = "{company.name.size}")
	private String name;

	@Pattern(regexp = "zh-CN|en", message = "{company.locale.invalid}")
	private String defaultLocale = "zh-CN";

	@NotBlank(message = "{company.timezone.required}")
	private String timeZone = "Asia/Shanghai";

	@NotBlank(message = "{account.onboarding.hr-name.required}")
	@Size(max = 100, message = "{people.employee.name.size}")
	private String hrName;

	@NotBlank(message = "{account.onboarding.hr-email.required}")
	@Email(message = "{account.user.email.invalid}")
	@Size(max = 254, message = "{account.user.email.size}")
	private String hrEmail;

	@NotBlank(message = "{people.employee.employee-no.required}")
	@Size(max = 40, message = "{people.employee.employee-no.size}")
	private String hrEmployeeNo;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDefaultLocale() {
		return defaultLocale;
	}

	public void setDefaultLocale(String defaultLocale) {
		this.defaultLocale = defaultLocale;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getHrName() {
		return hrName;
	}

	public void setHrName(String hrName) {
		this.hrName = hrName;
	}

	public String getHrEmail() {
		return hrEmail;
	}

	public void setHrEmail(String hrEmail) {
		this.hrEmail = hrEmail;
	}

	public String getHrEmployeeNo() {
		return hrEmployeeNo;
	}

	public void setHrEmployeeNo(String hrEmployeeNo) {
		this.hrEmployeeNo = hrEmployeeNo;
	}

}
