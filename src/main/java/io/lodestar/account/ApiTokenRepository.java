package io.lodestar.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, UUID> {

	ApiToken save(ApiToken token);

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Optional<ApiToken> findByUserIdAndId(UUID userId, UUID id);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

}
