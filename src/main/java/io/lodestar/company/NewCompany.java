package io.lodestar.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to register a company. */
public record NewCompany(
		@NotBlank(message = "{company.code.required}") @Size(max = 40, message = "{company.code.size}")
		@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "{company.code.pattern}") String code,
		@NotBlank(message = "{company.name.required}") @Size(max = 200, message = "{company.name.size}") String name,
		@Pattern(regexp = "zh-CN|en", message = "{company.locale.invalid}") String defaultLocale,
		@NotBlank(message = "{company.timezone.required}") String timeZone) {
}
