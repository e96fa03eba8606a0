package io.lodestar.account.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.account.IssuedToken;
import io.lodestar.account.TokenManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's own personal access tokens. Creating one needs a password (HTTP Basic) or a browser
 * session, never another token: a leaked token must not be able to outlive its own revocation.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = ApiDocs.TAG_TOKENS)
class TokenApiController {

	static final String TOKEN_EXAMPLE = """
			{
			  "id": "6a8c0e2a-4c6e-4a8c-ae2a-4c6e8a0c2e46",
			  "name": "Payroll sync",
			  "prefix": "lst_Ab3x",
			  "scopes": ["READ"],
			  "createdAt": "2026-04-20T01:12:45Z",
			  "expiresAt": "2027-01-01T00:00:00Z",
			  "lastUsedAt": null,
			  "revokedAt": null,
			  "active": true
			}
			""";

	static final String CREATE_EXAMPLE = """
			{"name": "Payroll sync", "scopes": ["READ"], "expiresOn": "2026-12-31"}
			""";

	static final String ISSUED_EXAMPLE = """
			{
			  "id": "6a8c0e2a-4c6e-4a8c-ae2a-4c6e8a0c2e46",
			  "name": "Payroll sync",
			  "prefix": "lst_Ab3x",
			  "scopes": ["READ"],
			  "createdAt": "2026-04-20T01:12:45Z",
			  "expiresAt": "2027-01-01T00:00:00Z",
			  "token": "lst_Ab3xQ9vT2mW7kP4sR8nY1cL6hJ5gF0dZ3bX9eV2u"
			}
			""";

	private final TokenManagement tokens;

	TokenApiController(TokenManagement tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List my tokens", description = "Including revoked and expired ones; never the tokens themselves.")
	@ApiResponse(responseCode = "200", description = "The caller's tokens, newest first.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "tokens", value = "[" + TOKEN_EXAMPLE + "]")))
	List<TokenResponse> list(@AuthenticationPrincipal CurrentUser user) {
		return tokens.mine(user).stream().map(TokenResponse::of).toList();
	}

	/** Token-authenticated callers carry SCOPE_ authorities; password and session callers do not. */
	@PostMapping
	@PreAuthorize("isAuthenticated() and !hasAnyAuthority('SCOPE_READ', 'SCOPE_WRITE')")
	@Operation(summary = "Create a token",
			description = "Authenticate with HTTP Basic (e-mail and password) or a browser session; a token cannot "
					+ "create tokens (403). The token is in this response only.",
			security = { @SecurityRequirement(name = ApiDocs.BASIC) },
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = CreateTokenRequest.class),
							examples = @ExampleObject(name = "read-only", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created; the response carries the token, once.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "issued", value = ISSUED_EXAMPLE)))
	ResponseEntity<IssuedTokenResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateTokenRequest request) {
		IssuedToken issued = tokens.issue(user, request.command());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.details().id()))
			.body(IssuedTokenResponse.of(issued));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of my tokens", description = "It stops working at once. Another user's token is 404.")
	@ApiResponse(responseCode = "204", description = "Revoked.")
	void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		tokens.revoke(user, id);
	}

}
