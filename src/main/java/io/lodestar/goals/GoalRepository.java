package io.lodestar.goals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface GoalRepository extends Repository<Goal, UUID> {

	Goal save(Goal goal);

	Optional<Goal> findByTenantIdAndId(UUID tenantId, UUID id);

	List<Goal> findByTenantIdAndParentId(UUID tenantId, UUID parentId);

	boolean existsByTenantIdAndParentId(UUID tenantId, UUID parentId);

}
