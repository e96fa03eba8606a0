package io.lodestar.account.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.lodestar.account.TokenView;
import io.lodestar.platform.security.TokenScope;
import io.swagger.v3.oas.annotations.media.Schema;

/** A personal access token as listed to its owner: never the token itself. */
@Schema(name = "Token")
record TokenResponse(UUID id, String name,
		@Schema(description = "The first characters of the token, to recognise it.", example = "lst_Ab3x") String prefix,
		Set<TokenScope> scopes, Instant createdAt,
		@Schema(description = "Null: never expires.") Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
		@Schema(description = "Neither revoked nor expired.") boolean active) {

	static TokenResponse of(TokenView view) {
		return new TokenResponse(view.id(), view.name(), view.prefix(), view.scopes(), view.createdAt(),
				view.expiresAt(), view.lastUsedAt(), view.revokedAt(), view.active());
	}

}
