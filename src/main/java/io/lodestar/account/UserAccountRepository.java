package io.lodestar.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Accounts are found by e-mail at sign-in (before any tenant is known) and by id when refreshing the
 * principal of a session; everything an administrator does goes through the tenant-scoped finders.
 */
interface UserAccountRepository extends Repository<UserAccount, UUID> {

	UserAccount save(UserAccount account);

	Optional<UserAccount> findByEmail(String email);

	/** Only for rebuilding the principal of an authenticated session or token. */
	Optional<UserAccount> findById(UUID id);

	Optional<UserAccount> findByTenantIdAndId(UUID tenantId, UUID id);

	Optional<UserAccount> findByTenantIdAndEmployeeId(UUID tenantId, UUID employeeId);

	List<UserAccount> findByTenantIdOrderByDisplayName(UUID tenantId);

	List<UserAccount> findByTenantIdIsNullOrderByDisplayName();

	boolean existsByEmail(String email);

	long count();

	/** Not through the aggregate: a sign-in must not collide with an administrator editing the account. */
	@Modifying
	@Query("update account_user set last_sign_in_at = :at where id = :id")
	void recordSignIn(UUID id, java.sql.Timestamp at);

}
