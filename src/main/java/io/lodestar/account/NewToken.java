package io.lodestar.account;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.lodestar.platform.security.TokenScope;

/**
 * @param expiresOn last day the token works (inclusive); null for no expiry
 */
public record NewToken(@NotBlank(message = "{account.token.name.required}") @Size(max = 100, message = "{account.token.name.size}") String name,
		@NotEmpty(message = "{account.token.scopes.required}") Set<TokenScope> scopes, LocalDate expiresOn) {
}
