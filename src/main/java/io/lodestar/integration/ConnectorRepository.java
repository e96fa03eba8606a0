package io.lodestar.integration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ConnectorRepository extends Repository<Connector, UUID> {

	Connector save(Connector connector);

	Optional<Connector> findByTenantIdAndId(UUID tenantId, UUID id);

	Optional<Connector> findByTenantIdAndName(UUID tenantId, String name);

	List<Connector> findByTenantIdOrderByName(UUID tenantId);

}
