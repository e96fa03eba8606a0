package io.lodestar.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Accounts of a company, administered by HR admins and system administrators; plus each user's own
 * password and sessions. Only a system administrator can grant or take away SYSTEM_ADMIN, and nobody can
 * disable or demote themself (a company must not lock out its last administrator by accident).
 */
@Service
@Transactional
public class AccountManagement {

	private final UserAccountRepository accounts;

	private final PeopleDirectory people;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final TwoFactorStore twoFactor;

	AccountManagement(UserAccountRepository accounts, PeopleDirectory people, PasswordEncoder passwords,
			PasswordPolicy policy, AuditTrail audit, TwoFactorStore twoFactor) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.people = people;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<UserView> list(CurrentUser admin) {
		requireAdministrator(admin);
		List<UserAccount> found = admin.tenantId() == null ? accounts.findByTenantIdIsNullOrderByDisplayName()
				: accounts.findByTenantIdOrderByDisplayName(admin.tenantId());
		return found.stream().map(UserView::of).toList();
	}

	@Transactional(readOnly = true)
	public UserView get(CurrentUser admin, UUID id) {
		requireAdministrator(admin);
		return UserView.of(find(admin, id));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<UserView> forEmployee(CurrentUser admin, UUID employeeId) {
		requireAdministrator(admin);
		return accounts.findByTenantIdAndEmployeeId(admin.tenant(), employeeId).map(UserView::of);
	}

	/** For other modules (notifications): the account of an employee, if they have one. No access rules. */
	@Transactional(readOnly = true)
	public java.util.Optional<UUID> accountOfEmployee(UUID tenantId, UUID employeeId) {
		return accounts.findByTenantIdAndEmployeeId(tenantId, employeeId).map(UserAccount::id);
	}

	/** For other modules (notifications by email): how to reach an account of the company. No access rules. */
	@Transactional(readOnly = true)
	public java.util.Optional<AccountContact> contact(UUID tenantId, UUID userId) {
		return accounts.findByTenantIdAndId(tenantId, userId)
			.map(account -> new AccountContact(account.id(), account.email(), account.displayName(),
					account.preferredLocale(), account.status() == AccountStatus.ACTIVE));
	}

	public CreatedUser create(CurrentUser admin, NewUser request) {
		String password = Secrets.password();
		return new CreatedUser(UserView.of(open(admin, request, passwords.encode(password))), password);
	}

	/** Checks and opens one account with the given password hash, audited. */
	private UserAccount open(CurrentUser admin, NewUser request, String passwordHash) {
		requireAdministrator(admin);
		UUID tenant = admin.tenantId();
		Set<Role> roles = granted(request.roles());
		checkMayGrant(admin, roles);
		if (tenant == null && (request.employeeId() != null || !roles.equals(EnumSet.of(Role.SYSTEM_ADMIN)))) {
			// outside a company only further platform operators can be created
			throw BusinessRuleException.invalid("account.user.platform-only-system-admins", "roles");
		}
		String email = request.email();
		String displayName = request.displayName();
		if (request.employeeId() != null) {
			EmployeeSummary employee = people.employee(tenant, request.employeeId())
				.orElseThrow(() -> BusinessRuleException.invalid("people.employee.unknown", "employeeId"));
			if (!employee.isActive()) {
				throw BusinessRuleException.invalid("people.employee.not-active", "employeeId", employee.name());
			}
			if (accounts.findByTenantIdAndEmployeeId(tenant, employee.id()).isPresent()) {
				throw BusinessRuleException.conflict("account.user.employee-has-account", "employeeId", employee.name());
			}
			email = email == null || email.isBlank() ? employee.email() : email;
			displayName = displayName == null || displayName.isBlank() ? employee.name() : displayName;
		}
		else if (!roles.equals(EnumSet.of(Role.SYSTEM_ADMIN))) {
			throw BusinessRuleException.invalid("account.user.employee-required", "employeeId");
		}
		if (email == null || email.isBlank()) {
			throw BusinessRuleException.invalid("account.user.email.required", "email");
		}
		email = email.strip().toLowerCase(Locale.ROOT);
		if (accounts.existsByEmail(email)) {
			throw BusinessRuleException.conflict("account.user.email.taken", "email", email);
		}
		if (displayName == null || displayName.isBlank()) {
			displayName = email;
		}
		UserAccount account = accounts.save(UserAccount.create(tenant, request.employeeId(), email,
				displayName.strip(), passwordHash, roles));
		audit.record("CREATE", "user", account.id(), null, account.auditState());
		return account;
	}

	/**
	 * Demo data only: accounts for many employees of the caller's company at once, all with one shared
	 * password that is hashed (bcrypt) once instead of once per account, so hundreds of demo people load in
	 * seconds. Each account is for an active employee without one, with the employee's e-mail address, and
	 * is audited like {@link #create}. The password must pass the password policy for every address.
	 */
	public List<UserView> createDemoAccounts(CurrentUser admin, String password, List<NewUser> requests) {
		requireAdministrator(admin);
		// the shared password must pass the policy for every account before any is created
		requests.forEach(request -> policy.check(password, people.employee(admin.tenant(), request.employeeId())
			.map(EmployeeSummary::email)
			.orElse(null), "password"));
		String hash = passwords.encode(password);
		return requests.stream().map(request -> UserView.of(open(admin, request, hash))).toList();
	}


	/** Checks a password chosen in configuration (not by a user in a form) against the password policy. */
	public void checkPasswordPolicy(String password, String email, String field) {
		policy.check(password, email, field);
	}

	public UserView changeRoles(CurrentUser admin, UUID id, Set<Role> requested, Long version) {
		requireAdministrator(admin);
		UserAccount account = find(admin, id);
		requireVersion(account, version);
		Set<Role> roles = granted(requested);
		Set<Role> changed = EnumSet.noneOf(Role.class);
		changed.addAll(roles);
		changed.addAll(account.grantedRoles());
		changed.removeIf(role -> roles.contains(role) && account.grantedRoles().contains(role));
		checkMayGrant(admin, changed);
		if (account.id().equals(admin.userId()) && !roles.containsAll(account.grantedRoles())) {
			throw BusinessRuleException.conflict("account.user.cannot-demote-self", "roles");
		}
		var before = account.auditState();
		account.grant(roles);
		UserAccount saved = accounts.save(account);
		audit.record("UPDATE", "user", id, before, saved.auditState());
		return UserView.of(saved);
	}

	public UserView disable(CurrentUser admin, UUID id) {
		requireAdministrator(admin);
		UserAccount account = find(admin, id);
		if (account.id().equals(admin.userId())) {
			throw BusinessRuleException.conflict("account.user.cannot-disable-self", null);
		}
		checkMayGrant(admin, account.grantedRoles());
		var before = account.auditState();
		account.disable();
		UserAccount saved = accounts.save(account);
		audit.record("DISABLE", "user", id, before, saved.auditState());
		return UserView.of(saved);
	}

	public UserView enable(CurrentUser admin, UUID id) {
		requireAdministrator(admin);
		UserAccount account = find(admin, id);
		if (account.employeeId() != null && people.employee(account.tenantId(), account.employeeId())
			.filter(EmployeeSummary::isActive)
			.isEmpty()) {
			throw BusinessRuleException.conflict("account.user.employee-left", null);
		}
		var before = account.auditState();
		account.enable();
		UserAccount saved = accounts.save(account);
		audit.record("ENABLE", "user", id, before, saved.auditState());
		return UserView.of(saved);
	}

	/** Ends every session of the account at once; its tokens keep working until revoked or disabled. */
	public void endSessions(CurrentUser admin, UUID id) {
		requireAdministrator(admin);
		UserAccount account = find(admin, id);
		account.endAllSessions();
		accounts.save(account);
		audit.record("SESSIONS_ENDED", "user", id, null, null);
	}

	/**
	 * Turns off two-factor sign-in of someone who lost their phone and their recovery codes, and ends their
	 * sessions; if their role requires it, they are asked to set it up again at their next sign-in.
	 */
	public UserView resetTwoFactor(CurrentUser admin, UUID id) {
		requireAdministrator(admin);
		UserAccount account = find(admin, id);
		checkMayGrant(admin, account.grantedRoles());
		twoFactor.delete(account.id());
		account.endAllSessions();
		UserAccount saved = accounts.save(account);
		audit.record("TWO_FACTOR_RESET", "user", id, null, null);
		return UserView.of(saved);
	}

	/** Sets a new random password, shown once to the administrator, and ends the user's sessions. */
	public String resetPassword(CurrentUser admin, UUID id) {
		requireAdministrator(admin);
		UserAccount account = find(admin, id);
		checkMayGrant(admin, account.grantedRoles());
		String password = Secrets.password();
		account.changePassword(passwords.encode(password));
		accounts.save(account);
		audit.record("PASSWORD_RESET", "user", id, null, null);
		return password;
	}

	public void changeOwnPassword(CurrentUser me, String current, String replacement) {
		UserAccount account = accounts.findById(me.userId()).orElseThrow(() -> new NotFoundException("user", me.userId()));
		if (account.passwordHash() == null || !passwords.matches(current == null ? "" : current, account.passwordHash())) {
			throw BusinessRuleException.invalid("account.password.current-wrong", "currentPassword");
		}
		policy.check(replacement, account.email(), "newPassword");
		account.changePassword(passwords.encode(replacement));
		accounts.save(account);
		audit.record("PASSWORD_CHANGED", "user", account.id(), null, null);
	}

	/**
	 * Sets the password of someone who signed in through single sign-on and, just now, confirmed it is them at
	 * the provider: that confirmation stands in for a current password they may never have had. The caller
	 * checks the confirmation (a session matter, see {@code account.web.RecentSignIn}).
	 */
	public void changeOwnPasswordAfterReauthentication(CurrentUser me, String replacement) {
		UserAccount account = accounts.findById(me.userId()).orElseThrow(() -> new NotFoundException("user", me.userId()));
		policy.check(replacement, account.email(), "newPassword");
		account.changePassword(passwords.encode(replacement));
		accounts.save(account);
		audit.record("PASSWORD_CHANGED", "user", account.id(), null, Map.of("confirmedBy", "single sign-on"));
	}

	/** Signs the user out of every browser, including the current one. */
	public void endOwnSessions(CurrentUser me) {
		UserAccount account = accounts.findById(me.userId()).orElseThrow(() -> new NotFoundException("user", me.userId()));
		account.endAllSessions();
		accounts.save(account);
		audit.record("SESSIONS_ENDED", "user", account.id(), null, null);
	}

	private UserAccount find(CurrentUser admin, UUID id) {
		return (admin.tenantId() == null ? accounts.findById(id).filter(account -> account.tenantId() == null)
				: accounts.findByTenantIdAndId(admin.tenantId(), id))
			.orElseThrow(() -> new NotFoundException("user", id));
	}

	private static Set<Role> granted(Set<Role> requested) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (requested != null) {
			requested.stream().filter(Role.GRANTABLE::contains).forEach(roles::add);
		}
		return roles;
	}

	private static void checkMayGrant(CurrentUser admin, Set<Role> roles) {
		if (roles.contains(Role.SYSTEM_ADMIN) && !admin.has(Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("only system administrators manage system administrators");
		}
	}

	private static void requireVersion(UserAccount account, Long expected) {
		if (expected != null && !expected.equals(account.version())) {
			throw new OptimisticLockingFailureException("account changed");
		}
	}

	static void requireAdministrator(CurrentUser user) {
		if (!user.hasAny(Role.HR_ADMIN, Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("account administration");
		}
	}

}
