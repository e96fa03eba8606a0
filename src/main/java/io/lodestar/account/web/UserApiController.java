package io.lodestar.account.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.CreatedUser;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Sign-in accounts of the company, for HR and system administrators. Only system administrators grant,
 * take away or touch SYSTEM_ADMIN; nobody disables or demotes themself (rules in {@link AccountManagement}).
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = ApiDocs.TAG_USERS)
class UserApiController {

	static final String USER_EXAMPLE = """
			{
			  "id": "2f4a6c8e-0b2d-4f6a-8c0e-2b4d6f8a0c14",
			  "email": "li.na@example.cn",
			  "displayName": "李娜",
			  "employeeId": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111",
			  "grantedRoles": ["EXECUTIVE"],
			  "status": "ACTIVE",
			  "preferredLocale": "zh-CN",
			  "createdAt": "2026-03-01T02:00:00Z",
			  "lastSignInAt": "2026-04-20T01:12:45Z",
			  "version": 2
			}
			""";

	static final String CREATE_EXAMPLE = """
			{"employeeId": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111", "email": null, "displayName": null, "roles": ["EXECUTIVE"]}
			""";

	static final String CREATED_EXAMPLE = "{\"user\": " + USER_EXAMPLE + ", \"initialPassword\": \"mK7q-Vt3x-Pw9z\"}";

	static final String ROLES_EXAMPLE = """
			{"roles": ["HR_ADMIN", "EXECUTIVE"], "version": 2}
			""";

	private final AccountManagement accounts;

	UserApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "List accounts", description = "All accounts of the company, by display name.")
	@ApiResponse(responseCode = "200", description = "The accounts.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "users", value = "[" + USER_EXAMPLE + "]")))
	List<UserResponse> list(@AuthenticationPrincipal CurrentUser user) {
		return accounts.list(user).stream().map(UserResponse::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Get an account")
	@ApiResponse(responseCode = "200", description = "The account.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "user", value = USER_EXAMPLE)))
	UserResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return UserResponse.of(accounts.get(user, id));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Create an account",
			description = "For an active employee without an account. The response carries the initial password, once.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CreateUserRequest.class),
							examples = @ExampleObject(name = "executive", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the account.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "created", value = CREATED_EXAMPLE)))
	ResponseEntity<CreatedUserResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateUserRequest request) {
		CreatedUser created = accounts.create(user, request.command());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id()))
			.body(CreatedUserResponse.of(created));
	}

	@PutMapping("/{id}/roles")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Set the granted roles of an account",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = ChangeRolesRequest.class),
							examples = @ExampleObject(name = "roles", value = ROLES_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The account with its new roles.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "user", value = USER_EXAMPLE)))
	UserResponse changeRoles(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ChangeRolesRequest request) {
		return UserResponse.of(accounts.changeRoles(user, id, GrantableRole.roles(request.roles()), request.version()));
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Disable an account", description = "Sign-in, sessions and tokens stop working at once.")
	@ApiResponse(responseCode = "200", description = "The disabled account.")
	UserResponse disable(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return UserResponse.of(accounts.disable(user, id));
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Enable an account", description = "Not for an employee who has left.")
	@ApiResponse(responseCode = "200", description = "The enabled account.")
	UserResponse enable(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return UserResponse.of(accounts.enable(user, id));
	}

	@PostMapping("/{id}/sessions/end")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End all sessions of an account",
			description = "Signs the user out of every browser; their tokens keep working until revoked.")
	@ApiResponse(responseCode = "204", description = "Sessions ended.")
	void endSessions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		accounts.endSessions(user, id);
	}

	@PostMapping("/{id}/password-reset")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Reset the password of an account",
			description = "Sets a new random password, returned once, and ends the user's sessions.")
	@ApiResponse(responseCode = "200", description = "The new password.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "reset", value = "{\"initialPassword\": \"mK7q-Vt3x-Pw9z\"}")))
	PasswordResetResponse resetPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return new PasswordResetResponse(accounts.resetPassword(user, id));
	}

}
