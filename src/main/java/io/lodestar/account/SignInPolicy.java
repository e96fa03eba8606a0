package io.lodestar.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Whether a company's people may still sign in with a Lodestar password. Switching passwords off is allowed
 * only while some single sign-on is configured and only by someone it does not lock out (a system
 * administrator, or someone who signed in through single sign-on or whom the directory knows); it never applies
 * to system administrators: they are the way back in when the identity provider is down.
 */
@Component
public class SignInPolicy {

	static final String NO_PROVIDER = "account.sso.policy.no-provider";

	static final String LOCKS_YOU_OUT = "account.sso.policy.locks-you-out";

	private final JdbcClient jdbc;

	private final SsoProperties sso;

	private final AuditTrail audit;

	private final Clock clock;

	private final UserAccountRepository accounts;

	private final DirectorySignIn directory;

	SignInPolicy(JdbcClient jdbc, SsoProperties sso, AuditTrail audit, Clock clock, UserAccountRepository accounts,
			DirectorySignIn directory) {
		this.jdbc = jdbc;
		this.sso = sso;
		this.audit = audit;
		this.clock = clock;
		this.accounts = accounts;
		this.directory = directory;
	}

	/** Whether the login page offers the single sign-on button. */
	public boolean oidcEnabled() {
		return sso.oidc().enabled();
	}

	/** The configured text of that button, or {@code null} for the translated default. */
	public String oidcButtonLabel() {
		return SsoProperties.blank(sso.oidc().buttonLabel()) ? null : sso.oidc().buttonLabel().strip();
	}

	/** Whether people can sign in with a directory (LDAP / Active Directory) password. */
	public boolean directoryEnabled() {
		return sso.directory().enabled();
	}

	/**
	 * Why this administrator may not switch password sign-in off now (a message key), or empty: no single sign-on
	 * is configured, or it would lock them out — they are not a system administrator, did not sign in through
	 * single sign-on or the directory this time, and the directory does not know them.
	 */
	@Transactional(readOnly = true)
	public Optional<String> switchOffRefusal(CurrentUser user) {
		if (!sso.any()) {
			return Optional.of(NO_PROVIDER);
		}
		if (user.has(Role.SYSTEM_ADMIN) || user.authMethod() == AuthMethod.OIDC || user.authMethod() == AuthMethod.LDAP
				|| accounts.findById(user.userId()).filter(directory::manages).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(LOCKS_YOU_OUT);
	}

	/** Whether the caller's company lets people sign in with a Lodestar password. */
	@Transactional(readOnly = true)
	public boolean passwordSignIn(CurrentUser user) {
		return passwordAllowed(user.tenant());
	}

	boolean passwordAllowed(UUID tenant) {
		if (tenant == null) {
			return true;
		}
		return jdbc.sql("select password_sign_in from account_sign_in_policy where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/** Whether this account must use single sign-on because its company switched passwords off. */
	boolean passwordRefused(UserAccount account) {
		return sso.any() && !account.grantedRoles().contains(Role.SYSTEM_ADMIN) && !passwordAllowed(account.tenantId());
	}

	/** HR administrators and system administrators of the company; audited when it changes. */
	@Transactional
	public boolean changePasswordSignIn(CurrentUser user, boolean allowed) {
		if (!user.hasAny(Role.HR_ADMIN, Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("sign-in policy");
		}
		UUID tenant = user.tenant();
		boolean before = passwordAllowed(tenant);
		if (before == allowed) {
			return allowed;
		}
		if (!allowed) {
			switchOffRefusal(user).ifPresent(refusal -> {
				throw new BusinessRuleException(BusinessRuleException.Kind.INVALID, refusal, "passwordSignIn");
			});
		}
		var now = Timestamp.from(clock.instant());
		int updated = jdbc.sql("""
				update account_sign_in_policy set password_sign_in = :allowed, updated_at = :now, updated_by = :by,
				version = version + 1 where tenant_id = :tenant
				""")
			.param("allowed", allowed)
			.param("now", now)
			.param("by", user.userId())
			.param("tenant", tenant)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into account_sign_in_policy (tenant_id, password_sign_in, updated_at, updated_by, version)
					values (:tenant, :allowed, :now, :by, 0)
					""")
				.param("tenant", tenant)
				.param("allowed", allowed)
				.param("now", now)
				.param("by", user.userId())
				.update();
		}
		audit.record("SIGN_IN_POLICY_CHANGED", "company", tenant, Map.of("passwordSignIn", before),
				Map.of("passwordSignIn", allowed));
		return allowed;
	}

}
