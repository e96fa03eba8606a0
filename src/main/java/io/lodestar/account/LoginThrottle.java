package io.lodestar.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting an attacker lock a real user out for long: after the free
 * failures each further failure blocks the e-mail address for 1, 2, 4... minutes up to a maximum, and a
 * client address likewise after many more (credential stuffing across accounts). Counters reset after a quiet hour or a success.
 * Kept in the database so every node of a cluster sees the same counts.
 */
@Component
class LoginThrottle {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int freeFailures;

	private final int freeFailuresPerAddress;

	private final Duration maxBlock;

	LoginThrottle(JdbcClient jdbc, Clock clock, AccountProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.freeFailures = properties.security().loginThrottle().freeFailures();
		this.freeFailuresPerAddress = properties.security().loginThrottle().freeFailuresPerAddress();
		this.maxBlock = properties.security().loginThrottle().maxBlock();
	}

	static String emailKey(String email) {
		return "email:" + email.strip().toLowerCase(Locale.ROOT);
	}

	static String addressKey(String address) {
		return "ip:" + address;
	}

	/** Minutes until the key may try again, if it is blocked now. */
	Optional<Long> blockedFor(String key) {
		Instant now = clock.instant();
		return jdbc.sql("select blocked_until from account_login_throttle where throttle_key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(now))
			.map(until -> Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60));
	}

	/** Runs outside any business transaction: a failed sign-in must be counted even though it is rolled back. */
	void failed(String key, int free) {
		Instant now = clock.instant();
		record Row(int failures, Instant first) {
		}
		Optional<Row> row = jdbc
			.sql("select failures, first_failure_at from account_login_throttle where throttle_key = :key")
			.param("key", key)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant()))
			.optional();
		int failures = row.filter(r -> r.first().isAfter(now.minus(WINDOW))).map(r -> r.failures() + 1).orElse(1);
		Instant first = row.filter(r -> r.first().isAfter(now.minus(WINDOW))).map(Row::first).orElse(now);
		Instant blockedUntil = null;
		if (failures > free) {
			long minutes = Math.min(maxBlock.toMinutes(), 1L << Math.min(20, failures - free - 1));
			blockedUntil = now.plus(Duration.ofMinutes(minutes));
		}
		int updated = jdbc.sql("""
				update account_login_throttle set failures = :failures, first_failure_at = :first, blocked_until = :until
				where throttle_key = :key
				""")
			.param("failures", failures)
			.param("first", Timestamp.from(first))
			.param("until", blockedUntil == null ? null : Timestamp.from(blockedUntil))
			.param("key", key)
			.update();
		if (updated == 0) {
			try {
				insert(key, failures, first, blockedUntil);
			}
			catch (org.springframework.dao.DuplicateKeyException concurrentFirstFailure) {
				failed(key, free);
			}
		}
	}

	private void insert(String key, int failures, Instant first, Instant blockedUntil) {
		jdbc.sql("""
				insert into account_login_throttle (throttle_key, failures, first_failure_at, blocked_until)
				values (:key, :failures, :first, :until)
				""")
			.param("key", key)
			.param("failures", failures)
			.param("first", Timestamp.from(first))
			.param("until", blockedUntil == null ? null : Timestamp.from(blockedUntil))
			.update();
	}

	void failedSignIn(String email, String address) {
		failed(emailKey(email), freeFailures);
		if (address != null) {
			failed(addressKey(address), freeFailuresPerAddress);
		}
	}

	void succeeded(String email) {
		jdbc.sql("delete from account_login_throttle where throttle_key = :key").param("key", emailKey(email)).update();
	}

}
