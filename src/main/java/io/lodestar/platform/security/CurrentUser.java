package io.lodestar.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user as every module sees it. The tenant comes from here and nowhere else:
 * never from a request parameter. It is rebuilt from the database on every request
 * (see {@link PrincipalRefresher}), so roles, company and access follow changes at once.
 *
 * @param tenantId the company the user works in now; {@code null} for a platform operator who
 * has not chosen a company
 * @param employeeId the employee record this account belongs to, if any
 * @param scopes for token- and key-authenticated requests their scopes; empty for sessions
 * @param locale the user's preferred language tag, or {@code null}
 */
public record CurrentUser(UUID userId, UUID tenantId, UUID employeeId, String email, String displayName,
		Set<Role> roles, int sessionEpoch, AuthMethod authMethod, Set<TokenScope> scopes, String locale)
		implements Serializable, AuthenticatedPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	public enum AuthMethod {

		SESSION, TOKEN, BASIC,

		/** An integration API key: no person, no session; {@code userId} is the key's id, {@code email} its name. */
		API_KEY,
		/** a browser session begun at an OpenID Connect provider */
		OIDC,
		/** a browser session begun with a directory (LDAP / Active Directory) password */
		LDAP;

		/** A signed-in browser, however it signed in: session rules (lifetime, enrolment) apply. */
		public boolean browserSession() {
			return this == SESSION || this == OIDC || this == LDAP;
		}

	}

	public CurrentUser {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		scopes = Set.copyOf(scopes);
	}

	/**
	 * The user id: what identifies the signed-in user to Spring Security and to the stored sessions
	 * ({@code spring_session.principal_name}), so a user's sessions can be found, and no email or name is copied there.
	 */
	@Override
	public String getName() {
		return userId.toString();
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role role : candidates) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/** Whether pay figures (bonuses, deductions, award amounts) may be shown: HR and authorised pay viewers only. */
	public boolean canSeePay() {
		return hasAny(Role.HR_ADMIN, Role.PAY_VIEWER);
	}

	/** The company this request acts for; fails if none is selected (a platform operator outside a company). */
	public UUID tenant() {
		if (tenantId == null) {
			throw new NoCompanySelectedException();
		}
		return tenantId;
	}

	public boolean isEmployee(UUID candidate) {
		return employeeId != null && employeeId.equals(candidate);
	}

	public CurrentUser withTenant(UUID tenant) {
		return new CurrentUser(userId, tenant, employeeId, email, displayName, roles, sessionEpoch, authMethod, scopes,
				locale);
	}

	public Collection<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope.name())));
		return authorities;
	}

}
