package io.lodestar.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.platform.security.PrincipalRefresher;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.TokenAuthenticator;
import io.lodestar.platform.security.TokenScope;

/**
 * Builds the {@link CurrentUser} from the database: at sign-in, for every request of a session and for
 * every token call. An account works only while it is active and, if linked to an employee, while that
 * employee is active; MANAGER is added while the employee has active direct reports.
 */
@Component
@Transactional(readOnly = true)
class Principals implements PrincipalRefresher, TokenAuthenticator {

	private final UserAccountRepository accounts;

	private final ApiTokenRepository tokens;

	private final PeopleDirectory people;

	private final CompanyManagement companies;

	private final Clock clock;

	Principals(UserAccountRepository accounts, ApiTokenRepository tokens, PeopleDirectory people,
			CompanyManagement companies, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.people = people;
		this.companies = companies;
		this.clock = clock;
	}

	/** The principal for a freshly authenticated account, or empty if it may not sign in. */
	Optional<CurrentUser> forAccount(UserAccount account, UUID selectedCompany, AuthMethod method,
			Set<TokenScope> scopes) {
		if (!account.isActive()) {
			return Optional.empty();
		}
		EmployeeSummary employee = null;
		if (account.employeeId() != null) {
			employee = people.employee(account.tenantId(), account.employeeId()).orElse(null);
			if (employee == null || !employee.isActive()) {
				return Optional.empty();
			}
		}
		Set<Role> granted = account.grantedRoles();
		UUID tenant = account.tenantId();
		if (granted.contains(Role.SYSTEM_ADMIN) && selectedCompany != null && !selectedCompany.equals(tenant)
				&& companies.exists(selectedCompany)) {
			// a platform operator working in another company acts there only as system administrator
			return Optional.of(new CurrentUser(account.id(), selectedCompany, null, account.email(),
					account.displayName(), Set.of(Role.SYSTEM_ADMIN), account.sessionEpoch(), method, scopes,
					account.preferredLocale()));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(granted);
		if (employee != null) {
			roles.add(Role.EMPLOYEE);
			if (people.hasActiveReports(tenant, employee.id())) {
				roles.add(Role.MANAGER);
			}
		}
		return Optional.of(new CurrentUser(account.id(), tenant, account.employeeId(), account.email(),
				account.displayName(), roles, account.sessionEpoch(), method, scopes, account.preferredLocale()));
	}

	@Override
	public Optional<CurrentUser> refresh(CurrentUser stale, UUID selectedCompany) {
		return accounts.findById(stale.userId())
			.filter(account -> account.sessionEpoch() == stale.sessionEpoch())
			.flatMap(account -> forAccount(account, selectedCompany, stale.authMethod(), stale.scopes()));
	}

	@Override
	@Transactional
	public Optional<CurrentUser> authenticate(String presentedToken) {
		if (presentedToken == null || !presentedToken.startsWith(Secrets.TOKEN_PREFIX) || presentedToken.length() > 100) {
			return Optional.empty();
		}
		var now = clock.instant();
		return tokens.findByTokenHash(Secrets.sha256(presentedToken))
			.filter(token -> token.usableAt(now))
			.flatMap(token -> {
				if (token.markUsed(now)) {
					tokens.recordUse(token.id(), java.sql.Timestamp.from(now));
				}
				return accounts.findById(token.userId())
					.flatMap(account -> forAccount(account, null, AuthMethod.TOKEN, token.scopeSet()));
			});
	}

}
