package io.lodestar.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface EmployeeRepository extends Repository<Employee, UUID> {

	Employee save(Employee employee);

	Optional<Employee> findByTenantIdAndId(UUID tenantId, UUID id);

	Optional<Employee> findByTenantIdAndEmployeeNo(UUID tenantId, String employeeNo);

	Optional<Employee> findByTenantIdAndEmail(UUID tenantId, String email);

	List<Employee> findByTenantId(UUID tenantId);

	boolean existsByTenantIdAndOrgUnitId(UUID tenantId, UUID orgUnitId);

	boolean existsByTenantIdAndPositionId(UUID tenantId, UUID positionId);

	boolean existsByTenantIdAndManagerIdAndStatus(UUID tenantId, UUID managerId, EmployeeStatus status);

	long countByTenantId(UUID tenantId);

}
