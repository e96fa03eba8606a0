package io.lodestar.account.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.lodestar.account.IssuedToken;
import io.lodestar.platform.security.TokenScope;
import io.swagger.v3.oas.annotations.media.Schema;

/** A newly created token. {@code token} appears in this response only and cannot be retrieved again. */
@Schema(name = "IssuedToken")
record IssuedTokenResponse(UUID id, String name, String prefix, Set<TokenScope> scopes, Instant createdAt,
		Instant expiresAt,
		@Schema(description = "Send as \"Authorization: Bearer <token>\". Shown only once; store it safely.") String token) {

	static IssuedTokenResponse of(IssuedToken issued) {
		var details = issued.details();
		return new IssuedTokenResponse(details.id(), details.name(), details.prefix(), details.scopes(),
				details.createdAt(), details.expiresAt(), issued.token());
	}

}
