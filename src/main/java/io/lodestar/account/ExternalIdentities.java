package io.lodestar.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.platform.security.SignInRefusedException;

/**
 * Turns an identity proven elsewhere (an OIDC provider, a directory bind) into the same {@link CurrentUser}
 * as a password sign-in. Matching is by e-mail address first, then by employee number within one named
 * company; never by display name. Nobody is created here: a person without a Lodestar account is refused.
 */
@Component
class ExternalIdentities {

	/** Reason code of the login page for a proven identity that has no Lodestar account. */
	static final String UNKNOWN = "sso-unknown";

	private final UserAccountRepository accounts;

	private final PeopleDirectory people;

	private final CompanyManagement companies;

	private final Principals principals;

	private final AuditTrail audit;

	private final Clock clock;

	ExternalIdentities(UserAccountRepository accounts, PeopleDirectory people, CompanyManagement companies,
			Principals principals, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.people = people;
		this.companies = companies;
		this.principals = principals;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param subject who the provider says this is, for the audit trail only
	 * @param email a verified e-mail address, or {@code null}
	 * @param employeeNo an employee number, or {@code null}
	 * @param companyCode the company employee numbers belong to, or {@code null}
	 * @param beforeSignIn a last check on the mapped account, which may throw (the second-factor step)
	 */
	@Transactional
	CurrentUser signIn(AuthMethod method, String subject, String email, String employeeNo, String companyCode,
			Consumer<UserAccount> beforeSignIn) {
		Optional<UserAccount> account = account(email, employeeNo, companyCode);
		String actor = safe(email != null ? email : subject);
		if (account.isEmpty()) {
			audit.recordSystem(null, null, actor, "SIGN_IN_REFUSED", "user", null,
					method + ": no Lodestar account for this identity");
			throw new SignInRefusedException(UNKNOWN);
		}
		UserAccount user = account.get();
		Optional<CurrentUser> principal = principals.forAccount(user, null, method, Set.of());
		if (principal.isEmpty()) {
			audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN_REFUSED", "user", user.id(),
					"account disabled or employee left");
			throw new DisabledException("Account disabled");
		}
		beforeSignIn.accept(user);
		accounts.recordSignIn(user.id(), Timestamp.from(clock.instant()));
		audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN", "user", user.id(), method.name());
		return principal.get();
	}

	/** The account a proven identity belongs to, by the same rules as {@link #signIn}, without signing in. */
	@Transactional(readOnly = true)
	Optional<UserAccount> account(String email, String employeeNo, String companyCode) {
		if (email != null && !email.isBlank() && email.length() <= 254) {
			Optional<UserAccount> byEmail = accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT));
			if (byEmail.isPresent()) {
				return byEmail;
			}
		}
		if (employeeNo == null || employeeNo.isBlank() || companyCode == null || companyCode.isBlank()) {
			return Optional.empty();
		}
		return companies.all()
			.stream()
			.filter(company -> company.code().equalsIgnoreCase(companyCode.strip()))
			.findFirst()
			.flatMap(company -> byEmployeeNumber(company.id(), employeeNo));
	}

	private Optional<UserAccount> byEmployeeNumber(UUID tenant, String employeeNo) {
		return people.employeeByNumber(tenant, employeeNo)
			.flatMap(employee -> accounts.findByTenantIdAndEmployeeId(tenant, employee.id()));
	}

	/** Keeps log-forging characters and oversized values out of the audit trail. */
	static String safe(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.replaceAll("[\\p{Cntrl}]", "?");
		return cleaned.length() > 254 ? cleaned.substring(0, 254) : cleaned;
	}

}
