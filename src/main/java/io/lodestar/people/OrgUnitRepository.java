package io.lodestar.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Every finder takes the tenant: there is deliberately no findById that could cross companies. */
interface OrgUnitRepository extends Repository<OrgUnit, UUID> {

	OrgUnit save(OrgUnit unit);

	void delete(OrgUnit unit);

	Optional<OrgUnit> findByTenantIdAndId(UUID tenantId, UUID id);

	Optional<OrgUnit> findByTenantIdAndCode(UUID tenantId, String code);

	List<OrgUnit> findByTenantId(UUID tenantId);

	Optional<OrgUnit> findByTenantIdAndParentIdIsNull(UUID tenantId);

	boolean existsByTenantIdAndParentId(UUID tenantId, UUID parentId);

}
