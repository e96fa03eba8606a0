package io.lodestar.account.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.account.CompanyOnboarding;
import io.lodestar.account.OnboardedCompany;
import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Companies (tenants), for system administrators. Lives in the account module because onboarding creates
 * the first HR administrator's account together with the company.
 */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = ApiDocs.TAG_COMPANIES)
class CompanyApiController {

	static final String COMPANY_EXAMPLE = """
			{
			  "id": "8c0e2a4c-6e8a-4c0e-a2c4-6e8a0c2e4a66",
			  "code": "XINGCHEN",
			  "name": "星辰科技有限公司",
			  "defaultLocale": "zh-CN",
			  "timeZone": "Asia/Shanghai",
			  "createdAt": "2026-03-01T02:00:00Z"
			}
			""";

	static final String ONBOARDING_EXAMPLE = """
			{
			  "company": {"code": "XINGCHEN", "name": "星辰科技有限公司", "defaultLocale": "zh-CN", "timeZone": "Asia/Shanghai"},
			  "hrName": "王芳",
			  "hrEmail": "wang.fang@example.cn",
			  "hrEmployeeNo": "HR-001"
			}
			""";

	static final String ONBOARDED_EXAMPLE = "{\"company\": " + COMPANY_EXAMPLE + """
			, "hrAdministrator": {
			    "id": "4c6e8a0c-2e4a-4c6e-8a0c-2e4a6c8e0a28", "email": "wang.fang@example.cn", "displayName": "王芳",
			    "employeeId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39", "grantedRoles": ["HR_ADMIN"], "status": "ACTIVE",
			    "preferredLocale": null, "createdAt": "2026-03-01T02:00:00Z", "lastSignInAt": null, "version": 0
			  },
			  "initialPassword": "mK7q-Vt3x-Pw9z"
			}
			""";

	private final CompanyManagement companies;

	private final CompanyOnboarding onboarding;

	CompanyApiController(CompanyManagement companies, CompanyOnboarding onboarding) {
		this.companies = companies;
		this.onboarding = onboarding;
	}

	@GetMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "List companies", description = "All companies, by name. System administrators only.")
	@ApiResponse(responseCode = "200", description = "The companies.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "companies", value = "[" + COMPANY_EXAMPLE + "]")))
	List<CompanyResponse> list(@AuthenticationPrincipal CurrentUser user) {
		return companies.all().stream().map(CompanyResponse::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "Get a company", description = "System administrators only.")
	@ApiResponse(responseCode = "200", description = "The company.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "company", value = COMPANY_EXAMPLE)))
	CompanyResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return companies.find(id).map(CompanyResponse::of).orElseThrow(() -> new NotFoundException("company", id));
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "Register a company",
			description = "Creates the company, its root unit, its first HR administrator as an employee and that "
					+ "employee's account, in one transaction. System administrators only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = OnboardingRequest.class),
							examples = @ExampleObject(name = "company", value = ONBOARDING_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Registered; the HR administrator's password is shown once.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "onboarded", value = ONBOARDED_EXAMPLE)))
	ResponseEntity<OnboardedCompanyResponse> register(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody OnboardingRequest request) {
		OnboardedCompany onboarded;
		try {
			onboarded = onboarding.register(user, request.command());
		}
		catch (BusinessRuleException violation) {
			throw inRequestTerms(violation);
		}
		return ResponseEntity.created(URI.create("/api/v1/companies/" + onboarded.company().id()))
			.body(OnboardedCompanyResponse.of(onboarded));
	}

	/**
	 * The services name fields as in their own commands ({@code code}, {@code email}); a client should see
	 * the field of the request it sent ({@code company.code}, {@code hrEmail}).
	 */
	private static BusinessRuleException inRequestTerms(BusinessRuleException violation) {
		String field = violation.field() == null ? null : switch (violation.field()) {
			case "code", "name", "timeZone", "defaultLocale" -> "company." + violation.field();
			case "email" -> "hrEmail";
			case "employeeNo" -> "hrEmployeeNo";
			default -> violation.field();
		};
		return new BusinessRuleException(violation.kind(), violation.code(), field, violation.arguments());
	}

}
