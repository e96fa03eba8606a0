package io.lodestar.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.lodestar.platform.security.TokenScope;

/** A token as listed to its owner: never the token itself. */
public record TokenView(UUID id, String name, String prefix, Set<TokenScope> scopes, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
	}

}
