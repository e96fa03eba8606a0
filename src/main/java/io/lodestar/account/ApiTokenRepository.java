package io.lodestar.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, UUID> {

	ApiToken save(ApiToken token);

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Optional<ApiToken> findByUserIdAndId(UUID userId, UUID id);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	/**
	 * Not through the aggregate: concurrent requests with one token would collide on its version, and a
	 * revocation must never lose to a usage stamp.
	 */
	@Modifying
	@Query("update account_token set last_used_at = :at where id = :id")
	void recordUse(UUID id, java.sql.Timestamp at);

}
