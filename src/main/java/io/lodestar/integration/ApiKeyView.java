package io.lodestar.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.lodestar.platform.security.TokenScope;

/** An integration API key as HR sees it: never the key itself, only its first characters. */
public record ApiKeyView(UUID id, String name, String prefix, List<TokenScope> scopes, String allowedAddresses,
		String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
	}

}
