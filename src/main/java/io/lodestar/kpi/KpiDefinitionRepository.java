package io.lodestar.kpi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface KpiDefinitionRepository extends Repository<KpiDefinition, UUID> {

	KpiDefinition save(KpiDefinition definition);

	Optional<KpiDefinition> findByTenantIdAndId(UUID tenantId, UUID id);

	Optional<KpiDefinition> findByTenantIdAndCode(UUID tenantId, String code);

	List<KpiDefinition> findByTenantIdOrderByCode(UUID tenantId);

}
