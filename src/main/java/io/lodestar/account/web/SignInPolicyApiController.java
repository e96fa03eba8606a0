package io.lodestar.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.account.SignInPolicy;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Whether the caller's company still allows Lodestar passwords once single sign-on is set up. */
@RestController
@RequestMapping("/api/v1/sign-in-policy")
@Tag(name = ApiDocs.TAG_COMPANIES)
class SignInPolicyApiController {

	private final SignInPolicy policy;

	SignInPolicyApiController(SignInPolicy policy) {
		this.policy = policy;
	}

	static final String ADMINS = "hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')";

	@GetMapping
	@PreAuthorize(ADMINS)
	@Operation(summary = "Sign-in policy", description = "Whether people of the caller's company may sign in with a "
			+ "Lodestar password, and whether single sign-on is offered.")
	SignInPolicyResponse get(@AuthenticationPrincipal CurrentUser user) {
		return new SignInPolicyResponse(policy.passwordSignIn(user), policy.oidcEnabled());
	}

	@PutMapping
	@PreAuthorize(ADMINS)
	@Operation(summary = "Change the sign-in policy", description = "Switching passwords off needs single sign-on "
			+ "configured (422 `account.sso.policy.no-provider`) and must not lock the caller out: they are a system "
			+ "administrator, signed in through single sign-on or the directory, or the directory knows them (422 "
			+ "`account.sso.policy.locks-you-out`). System administrators can always use their password. Audited "
			+ "when it changes.")
	SignInPolicyResponse change(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody SignInPolicyRequest request) {
		return new SignInPolicyResponse(policy.changePasswordSignIn(user, request.passwordSignIn()),
				policy.oidcEnabled());
	}

	@Schema(name = "SignInPolicyChange")
	record SignInPolicyRequest(@NotNull(message = "{account.sso.policy.password-sign-in.required}")
	@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean passwordSignIn) {
	}

	@Schema(name = "SignInPolicy")
	record SignInPolicyResponse(boolean passwordSignIn, boolean oidcOffered) {
	}

}
