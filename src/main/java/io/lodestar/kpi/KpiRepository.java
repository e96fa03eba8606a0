package io.lodestar.kpi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface KpiRepository extends Repository<Kpi, UUID> {

	Kpi save(Kpi kpi);

	Optional<Kpi> findByTenantIdAndGoalId(UUID tenantId, UUID goalId);

	List<Kpi> findByTenantIdAndGoalIdIn(UUID tenantId, Collection<UUID> goalIds);

}
