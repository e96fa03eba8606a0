package io.lodestar.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface PositionRepository extends Repository<Position, UUID> {

	Position save(Position position);

	void delete(Position position);

	Optional<Position> findByTenantIdAndId(UUID tenantId, UUID id);

	Optional<Position> findByTenantIdAndCode(UUID tenantId, String code);

	List<Position> findByTenantIdOrderByName(UUID tenantId);

}
