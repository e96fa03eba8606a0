package io.lodestar.account;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Enterprise sign-in for the whole installation. Each part is off while its key setting is empty.
 *
 * @param oidc an OpenID Connect provider (Keycloak, Azure AD / Entra ID, Authing, 企业微信 via a bridge...)
 * @param directory an LDAP directory or Active Directory checked by binding with the user's own password
 */
@ConfigurationProperties("lodestar.sso")
record SsoProperties(Oidc oidc, Directory directory) {

	SsoProperties {
		oidc = oidc == null ? new Oidc(null, null, null, null, null, null, true, null, null) : oidc;
		directory = directory == null ? new Directory(null, null, null, null, null, null, null, null, null, null)
				: directory;
	}

	boolean any() {
		return oidc.enabled() || directory.enabled();
	}

	/**
	 * @param issuerUri the provider's issuer; its discovery document is read on the first sign-in, not at start
	 * @param scopes space- or comma-separated; {@code openid} is always added
	 * @param emailClaim the claim holding the e-mail address matched against Lodestar accounts
	 * @param requireVerifiedEmail when the e-mail claim is {@code email}, accept it only with
	 * {@code email_verified=true}; switch off only for providers whose addresses the company itself manages
	 * @param employeeNumberClaim a claim holding the employee number, used when no account has the e-mail
	 * @param company the company code employee numbers are looked up in (numbers are unique per company only)
	 * @param buttonLabel the text of the sign-in button; empty = the translated "Sign in with single sign-on"
	 */
	record Oidc(String issuerUri, String clientId, String clientSecret, String scopes, String emailClaim,
			String employeeNumberClaim, boolean requireVerifiedEmail, String company, String buttonLabel) {

		boolean enabled() {
			return issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
		}

		String emailClaimName() {
			return blank(emailClaim) ? "email" : emailClaim.strip();
		}

	}

	/**
	 * @param urls one or more {@code ldap://} or {@code ldaps://} URLs, space- or comma-separated (tried in turn)
	 * @param base the base DN every search starts from, e.g. {@code dc=example,dc=com}
	 * @param managerDn the account that searches for users; empty = anonymous search
	 * @param userSearchBase below {@code base}, e.g. {@code ou=people}; empty = the base itself
	 * @param userSearchFilter {0} is what the user typed, {1} the part before the @ (for {@code sAMAccountName})
	 * @param emailAttribute the attribute matched against Lodestar accounts
	 * @param employeeNumberAttribute matched against employee numbers when no account has the e-mail
	 * @param domains e-mail domains that belong to the directory only; empty = ask the directory first for
	 * everyone and fall back to Lodestar passwords for people it does not know
	 * @param company the company code employee numbers are looked up in
	 */
	record Directory(String urls, String base, String managerDn, String managerPassword, String userSearchBase,
			String userSearchFilter, String emailAttribute, String employeeNumberAttribute, List<String> domains,
			String company) {

		boolean enabled() {
			return !blank(urls);
		}

		List<String> urlList() {
			return blank(urls) ? List.of() : List.of(urls.strip().split("[\\s,]+"));
		}

		String filter() {
			return blank(userSearchFilter) ? "(mail={0})" : userSearchFilter.strip();
		}

		String email() {
			return blank(emailAttribute) ? "mail" : emailAttribute.strip();
		}

		List<String> domainList() {
			return domains == null ? List.of()
					: domains.stream().filter(d -> !blank(d)).map(d -> d.strip().toLowerCase(java.util.Locale.ROOT)).toList();
		}

	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
