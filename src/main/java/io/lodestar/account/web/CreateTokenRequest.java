package io.lodestar.account.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.lodestar.account.NewToken;
import io.lodestar.platform.security.TokenScope;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new personal access token. Same constraints as {@link NewToken}. */
@Schema(name = "CreateToken")
record CreateTokenRequest(
		@NotBlank(message = "{account.token.name.required}") @Size(max = 100, message = "{account.token.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Payroll sync") String name,
		@NotEmpty(message = "{account.token.scopes.required}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "READ: GET only; WRITE: changes too.")
		Set<TokenScope> scopes,
		@Schema(description = "Last day the token works (inclusive); null for no expiry.", example = "2026-12-31")
		LocalDate expiresOn) {

	NewToken command() {
		return new NewToken(name, scopes, expiresOn);
	}

}
