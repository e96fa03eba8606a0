package io.lodestar.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * API keys per integration (an ERP, a time-clock bridge): created by HR or system administrators, not tied to
 * a person, limited to their scopes (see {@link TokenScope#allows}). Only the SHA-256 hash is stored; the key
 * is shown once. Within its scopes a key sees the whole company, like HR; it never acts as a person, so
 * anything that needs "me" (own appraisals, own tokens) is out of its reach.
 */
@Service
@Transactional
public class ApiKeys {

	static final String PREFIX = "lsk_";

	static final int MAX_ACTIVE = 50;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public IssuedApiKey issue(CurrentUser user, NewApiKey request) {
		requireAdmin(user);
		if (request.scopes().stream().anyMatch(scope -> !scope.forKeys())) {
			throw BusinessRuleException.invalid("integration.key.scope-personal", "scopes");
		}
		String addresses = request.allowedAddresses() == null || request.allowedAddresses().isBlank() ? null
				: request.allowedAddresses().strip();
		if (AddressRanges.parse(addresses).isEmpty()) {
			throw BusinessRuleException.invalid("integration.key.addresses-invalid", "allowedAddresses");
		}
		Instant now = clock.instant();
		Instant expiresAt = null;
		if (request.expiresOn() != null) {
			expiresAt = request.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			if (!expiresAt.isAfter(now)) {
				throw BusinessRuleException.invalid("integration.key.expiry-past", "expiresOn");
			}
		}
		long active = list(user).stream().filter(ApiKeyView::active).count();
		if (active >= MAX_ACTIVE) {
			throw BusinessRuleException.conflict("integration.key.too-many", null, MAX_ACTIVE);
		}
		String key = PREFIX + random(40);
		UUID id = UUID.randomUUID();
		String scopes = request.scopes().stream().sorted().map(TokenScope::name).collect(Collectors.joining(","));
		jdbc.sql("""
				insert into integration_api_key (id, tenant_id, name, key_hash, key_prefix, scopes, allowed_addresses,
				    created_by, created_at, expires_at)
				values (:id, :tenant, :name, :hash, :prefix, :scopes, :addresses, :by, :at, :expires)
				""")
			.param("id", id)
			.param("tenant", user.tenant())
			.param("name", request.name().strip())
			.param("hash", sha256(key))
			.param("prefix", key.substring(0, PREFIX.length() + 4))
			.param("scopes", scopes)
			.param("addresses", addresses)
			.param("by", user.email())
			.param("at", Timestamp.from(now))
			.param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
			.update();
		audit.record("API_KEY_CREATED", "integration_api_key", id, null, Map.of("name", request.name().strip(),
				"scopes", scopes, "allowedAddresses", addresses == null ? "" : addresses));
		return new IssuedApiKey(get(user.tenant(), id), key);
	}

	@Transactional(readOnly = true)
	public List<ApiKeyView> list(CurrentUser user) {
		requireAdmin(user);
		return jdbc.sql(SELECT + " where tenant_id = :tenant order by created_at desc")
			.param("tenant", user.tenant())
			.query((rs, row) -> view(rs))
			.list();
	}

	public ApiKeyView revoke(CurrentUser user, UUID id) {
		requireAdmin(user);
		ApiKeyView key = get(user.tenant(), id);
		jdbc.sql("update integration_api_key set revoked_at = :now where tenant_id = :tenant and id = :id "
				+ "and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		audit.record("API_KEY_REVOKED", "integration_api_key", id, null, Map.of("name", key.name()));
		return get(user.tenant(), id);
	}

	/** A stored key, with what the authenticator needs beyond the view. */
	record Stored(UUID tenant, ApiKeyView view) {
	}

	Optional<Stored> byKey(String presented) {
		return jdbc.sql(SELECT + " where key_hash = :hash")
			.param("hash", sha256(presented))
			.query((rs, row) -> new Stored(rs.getObject("tenant_id", UUID.class), view(rs)))
			.optional();
	}

	/** Recording every use would turn each read into a write; once a minute is enough to show activity. */
	void markUsed(UUID tenant, UUID id, Instant now) {
		jdbc.sql("update integration_api_key set last_used_at = :now where tenant_id = :tenant and id = :id "
				+ "and (last_used_at is null or last_used_at < :minuteAgo)")
			.param("now", Timestamp.from(now))
			.param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
			.param("tenant", tenant)
			.param("id", id)
			.update();
	}

	private static final String SELECT = "select id, tenant_id, name, key_prefix, scopes, allowed_addresses, "
			+ "created_by, created_at, expires_at, last_used_at, revoked_at from integration_api_key";

	private ApiKeyView get(UUID tenant, UUID id) {
		return jdbc.sql(SELECT + " where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query((rs, row) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("integration_api_key", id));
	}

	private static ApiKeyView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		Set<TokenScope> scopes = Arrays.stream(rs.getString("scopes").split(","))
			.filter(scope -> !scope.isBlank())
			.map(TokenScope::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(TokenScope.class)));
		return new ApiKeyView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("key_prefix"),
				List.copyOf(scopes), rs.getString("allowed_addresses"), rs.getString("created_by"),
				instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
				instant(rs, "revoked_at"));
	}

	static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/** HR and system administrators manage the integration surface; a key never manages keys. */
	static void requireAdmin(CurrentUser user) {
		if (user.authMethod() == CurrentUser.AuthMethod.API_KEY || !user.hasAny(Role.HR_ADMIN, Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("integration administrators only");
		}
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static String random(int length) {
		StringBuilder result = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			result.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return result.toString();
	}

}
