package io.lodestar.account.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who am I: lets an API client check its token and find its own employee record. */
@RestController
@Tag(name = ApiDocs.TAG_ME)
class MeApiController {

	static final String ME_EXAMPLE = """
			{
			  "userId": "2f4a6c8e-0b2d-4f6a-8c0e-2b4d6f8a0c14",
			  "email": "li.na@example.cn",
			  "name": "李娜",
			  "roles": ["EMPLOYEE", "MANAGER"],
			  "employeeId": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111",
			  "companyId": "8c0e2a4c-6e8a-4c0e-a2c4-6e8a0c2e4a66",
			  "companyName": "星辰科技有限公司",
			  "authMethod": "TOKEN",
			  "tokenScopes": ["READ"],
			  "locale": "zh-CN"
			}
			""";

	private final CompanyManagement companies;

	MeApiController(CompanyManagement companies) {
		this.companies = companies;
	}

	@GetMapping("/api/v1/me")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The caller", description = "User, roles, employee record and company of the caller.")
	@ApiResponse(responseCode = "200", description = "The caller.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "me", value = ME_EXAMPLE)))
	MeResponse me(@AuthenticationPrincipal CurrentUser user) {
		return MeResponse.of(user, user.tenantId() == null ? null : companies.nameOf(user.tenantId()));
	}

}
