package io.lodestar.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/** Each user's personal access tokens for the API. A token can never do more than its owner. */
@Service
@Transactional
public class TokenManagement {

	static final int MAX_ACTIVE_TOKENS = 50;

	private final ApiTokenRepository tokens;

	private final AuditTrail audit;

	private final Clock clock;

	TokenManagement(ApiTokenRepository tokens, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	public IssuedToken issue(CurrentUser owner, NewToken request) {
		if (owner.authMethod() == CurrentUser.AuthMethod.TOKEN) {
			// a token must not mint tokens: a leaked token could otherwise outlive its own revocation
			throw new org.springframework.security.access.AccessDeniedException("tokens cannot create tokens");
		}
		if (request.scopes().stream().anyMatch(scope -> !scope.forPersonalTokens())) {
			// the other narrow scopes belong to integration API keys, which are not tied to a person
			throw BusinessRuleException.invalid("account.token.scope-for-keys", "scopes");
		}
		Instant now = clock.instant();
		Instant expiresAt = null;
		if (request.expiresOn() != null) {
			expiresAt = request.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			if (!expiresAt.isAfter(now)) {
				throw BusinessRuleException.invalid("account.token.expiry-past", "expiresOn");
			}
		}
		long active = tokens.findByUserIdOrderByCreatedAtDesc(owner.userId())
			.stream()
			.filter(token -> token.usableAt(now))
			.count();
		if (active >= MAX_ACTIVE_TOKENS) {
			throw BusinessRuleException.conflict("account.token.too-many", null, MAX_ACTIVE_TOKENS);
		}
		String secret = Secrets.token();
		ApiToken token = tokens.save(ApiToken.issue(owner.tenantId(), owner.userId(), request.name().strip(),
				Secrets.sha256(secret), secret.substring(0, Secrets.TOKEN_PREFIX.length() + 4),
				request.scopes().isEmpty() ? java.util.Set.of(TokenScope.READ) : request.scopes(), expiresAt));
		audit.record("TOKEN_CREATED", "token", token.id(), null,
				java.util.Map.of("name", token.name(), "scopes", token.view().scopes().toString()));
		return new IssuedToken(token.view(), secret);
	}

	@Transactional(readOnly = true)
	public List<TokenView> mine(CurrentUser owner) {
		return tokens.findByUserIdOrderByCreatedAtDesc(owner.userId()).stream().map(ApiToken::view).toList();
	}

	public TokenView revoke(CurrentUser owner, UUID id) {
		ApiToken token = tokens.findByUserIdAndId(owner.userId(), id).orElseThrow(() -> new NotFoundException("token", id));
		token.revoke(clock.instant());
		ApiToken saved = tokens.save(token);
		audit.record("TOKEN_REVOKED", "token", id, null, java.util.Map.of("name", token.name()));
		return saved.view();
	}

}
