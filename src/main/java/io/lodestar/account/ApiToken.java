package io.lodestar.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.lodestar.platform.security.TokenScope;

/**
 * A personal access token. Only its SHA-256 hash is stored; the token itself is shown once, at creation.
 * The prefix (first characters) lets its owner recognise it in lists.
 */
@Table("account_token")
class ApiToken {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private final UUID userId;

	private final String name;

	private final String tokenHash;

	private final String tokenPrefix;

	private final String scopes;

	private final Instant createdAt;

	private final Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	@Version
	private Long version;

	ApiToken(UUID id, UUID tenantId, UUID userId, String name, String tokenHash, String tokenPrefix, String scopes,
			Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.scopes = scopes;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.lastUsedAt = lastUsedAt;
		this.revokedAt = revokedAt;
		this.version = version;
	}

	static ApiToken issue(UUID tenantId, UUID userId, String name, String hash, String prefix, Set<TokenScope> scopes,
			Instant expiresAt) {
		return new ApiToken(UUID.randomUUID(), tenantId, userId, name, hash, prefix,
				scopes.stream().sorted().map(TokenScope::name).collect(Collectors.joining(",")), Instant.now(),
				expiresAt, null, null, null);
	}

	boolean usableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

	/** Recording every use would turn each API read into a write; once a minute is enough to show activity. */
	boolean markUsed(Instant now) {
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
			lastUsedAt = now;
			return true;
		}
		return false;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	Set<TokenScope> scopeSet() {
		return Arrays.stream(scopes.split(","))
			.filter(scope -> !scope.isBlank())
			.map(TokenScope::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(TokenScope.class)));
	}

	TokenView view() {
		return new TokenView(id, name, tokenPrefix, scopeSet(), createdAt, expiresAt, lastUsedAt, revokedAt);
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	UUID tenantId() {
		return tenantId;
	}

	String name() {
		return name;
	}

}
