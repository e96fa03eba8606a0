package io.lodestar.company;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Companies are not tenant-scoped themselves: only system administrators list them all. */
interface CompanyRepository extends Repository<Company, UUID> {

	Company save(Company company);

	Optional<Company> findById(UUID id);

	boolean existsByCode(String code);

	List<Company> findAllByOrderByName();

	long count();

}
