package io.lodestar.integration;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.lodestar.platform.security.TokenScope;

/**
 * What HR asks for when creating a key.
 *
 * @param expiresOn the last day the key works (UTC), or null for no expiry
 * @param allowedAddresses comma-separated IP addresses or CIDR ranges the key may be used from; blank: any
 */
public record NewApiKey(@NotBlank @Size(max = 100) String name, @NotEmpty Set<TokenScope> scopes,
		LocalDate expiresOn, @Size(max = 1000) String allowedAddresses) {
}
