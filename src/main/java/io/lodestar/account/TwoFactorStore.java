package io.lodestar.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.platform.security.Role;

/** Rows of two-factor sign-in: one secret per user, its recovery codes, and each company's enforcement rule. */
@Component
class TwoFactorStore {

	/** A user's TOTP secret (sealed) and the last time step accepted. */
	record Row(UUID userId, UUID tenantId, String sealedSecret, Instant confirmedAt, long lastStep) {

		boolean confirmed() {
			return confirmedAt != null;
		}

	}

	private final JdbcClient jdbc;

	TwoFactorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(UUID userId) {
		return jdbc.sql("""
				select user_id, tenant_id, secret, confirmed_at, last_step from account_two_factor where user_id = :user
				""")
			.param("user", userId)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getLong(5)))
			.optional();
	}

	boolean enabled(UUID userId) {
		return find(userId).filter(Row::confirmed).isPresent();
	}

	/** Starts (or restarts) an enrolment; a confirmed secret is only replaced by {@link #delete} first. */
	void startEnrolment(UUID userId, UUID tenantId, String sealedSecret, Instant now) {
		jdbc.sql("delete from account_two_factor where user_id = :user and confirmed_at is null")
			.param("user", userId)
			.update();
		jdbc.sql("""
				insert into account_two_factor (user_id, tenant_id, secret, confirmed_at, last_step, created_at)
				values (:user, :tenant, :secret, null, 0, :now)
				""")
			.param("user", userId)
			.param("tenant", tenantId)
			.param("secret", sealedSecret)
			.param("now", Timestamp.from(now))
			.update();
	}

	void confirm(UUID userId, Instant now) {
		jdbc.sql("update account_two_factor set confirmed_at = :now where user_id = :user")
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.update();
	}

	/**
	 * Accepts a time step once: the conditional update is atomic, so two requests (or two nodes) presenting
	 * the same code cannot both succeed.
	 */
	boolean claimStep(UUID userId, long step) {
		return jdbc.sql("update account_two_factor set last_step = :step where user_id = :user and last_step < :step")
			.param("step", step)
			.param("user", userId)
			.update() == 1;
	}

	void delete(UUID userId) {
		jdbc.sql("delete from account_recovery_code where user_id = :user").param("user", userId).update();
		jdbc.sql("delete from account_two_factor where user_id = :user").param("user", userId).update();
	}

	void replaceRecoveryCodes(UUID userId, UUID tenantId, List<String> hashes) {
		jdbc.sql("delete from account_recovery_code where user_id = :user").param("user", userId).update();
		for (String hash : hashes) {
			jdbc.sql("""
					insert into account_recovery_code (id, tenant_id, user_id, code_hash, used_at)
					values (:id, :tenant, :user, :hash, null)
					""")
				.param("id", UUID.randomUUID())
				.param("tenant", tenantId)
				.param("user", userId)
				.param("hash", hash)
				.update();
		}
	}

	/** Marks an unused code as used; false if it is unknown or was used already (atomic, like {@link #claimStep}). */
	boolean useRecoveryCode(UUID userId, String hash, Instant now) {
		return jdbc.sql("""
				update account_recovery_code set used_at = :now
				where user_id = :user and code_hash = :hash and used_at is null
				""")
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.param("hash", hash)
			.update() == 1;
	}

	int unusedRecoveryCodes(UUID userId) {
		return jdbc.sql("select count(*) from account_recovery_code where user_id = :user and used_at is null")
			.param("user", userId)
			.query(Integer.class)
			.single();
	}

	Set<Role> enforcedRoles(UUID tenantId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (tenantId != null) {
			jdbc.sql("select role from account_two_factor_rule where tenant_id = :tenant")
				.param("tenant", tenantId)
				.query(String.class)
				.list()
				.forEach(name -> roles.add(Role.valueOf(name)));
		}
		return roles;
	}

	void replaceEnforcedRoles(UUID tenantId, Set<Role> roles) {
		jdbc.sql("delete from account_two_factor_rule where tenant_id = :tenant").param("tenant", tenantId).update();
		for (Role role : roles) {
			jdbc.sql("insert into account_two_factor_rule (tenant_id, role) values (:tenant, :role)")
				.param("tenant", tenantId)
				.param("role", role.name())
				.update();
		}
	}

}
