package io.lodestar.goals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface GoalPeriodRepository extends Repository<GoalPeriod, UUID> {

	GoalPeriod save(GoalPeriod period);

	Optional<GoalPeriod> findByTenantIdAndId(UUID tenantId, UUID id);

	List<GoalPeriod> findByTenantIdAndFiscalYear(UUID tenantId, int fiscalYear);

	boolean existsByTenantId(UUID tenantId);

}
