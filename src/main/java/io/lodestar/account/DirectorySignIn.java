package io.lodestar.account;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.naming.directory.DirContext;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.support.LdapUtils;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.stereotype.Component;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.platform.security.SignInRefusedException;

/**
 * Sign-in with a directory password (LDAP or Active Directory), typed on the normal login page. The user is
 * found by a search, then proven by binding as them with what they typed; the password is never stored or
 * logged. Who goes to the directory: with {@code domains} set, everyone whose e-mail is in those domains and
 * nobody else; without, everyone, and people the directory does not know fall back to Lodestar passwords.
 */
@Component
class DirectorySignIn {

	/** Reason code of the login page when the directory cannot be reached. */
	static final String UNAVAILABLE = "directory-unavailable";

	private final SsoProperties.Directory settings;

	private final ExternalIdentities identities;

	private volatile DefaultSpringSecurityContextSource contextSource;

	DirectorySignIn(SsoProperties sso, ExternalIdentities identities) {
		this.settings = sso.directory();
		this.identities = identities;
	}

	/**
	 * @param beforeSignIn runs on the mapped account before the sign-in counts (the second-factor step)
	 * @return the signed-in principal, or empty when this login is not the directory's to decide
	 * @throws BadCredentialsException the directory knows the user but the password is wrong (or it is a
	 * directory-only domain and the user is unknown); the caller counts it like any failed sign-in
	 */
	Optional<CurrentUser> signIn(String login, String password, Consumer<UserAccount> beforeSignIn) {
		if (!settings.enabled() || !handles(login)) {
			return Optional.empty();
		}
		boolean directoryOnly = !settings.domainList().isEmpty();
		try {
			Optional<DirContextOperations> entry = find(login);
			if (entry.isEmpty()) {
				if (directoryOnly) {
					throw new BadCredentialsException("Bad credentials");
				}
				return Optional.empty();
			}
			// an empty password would be an anonymous bind, which many servers accept
			if (password == null || password.isEmpty()) {
				throw new BadCredentialsException("Bad credentials");
			}
			bindAs(entry.get().getNameInNamespace(), password);
			String email = entry.get().getStringAttribute(settings.email());
			String employeeNo = employeeNumberOf(entry.get());
			return Optional.of(identities.signIn(AuthMethod.LDAP, entry.get().getNameInNamespace(), email, employeeNo,
					settings.company(), beforeSignIn));
		}
		catch (org.springframework.ldap.AuthenticationException wrongPassword) {
			throw new BadCredentialsException("Bad credentials");
		}
		catch (NamingException unreachable) {
			throw new SignInRefusedException(UNAVAILABLE);
		}
	}

	/** What a re-authentication with a typed password found out. */
	enum Confirmation {

		/** the directory bound the account's own entry with this password */
		CONFIRMED,
		/** the directory decides for this account and refused the password */
		REFUSED,
		/** not the directory's account: the Lodestar password decides, as at sign-in */
		NOT_DIRECTORY

	}

	/**
	 * Re-authentication of a signed-in account with its directory password: a fresh bind as the entry found for
	 * the account's e-mail address, which must map back to this same account. Who is the directory's follows
	 * {@link #signIn}.
	 * @throws SignInRefusedException with {@link #UNAVAILABLE} when the directory cannot be reached
	 */
	Confirmation confirm(UserAccount account, String password) {
		if (!settings.enabled() || !handles(account.email())) {
			return Confirmation.NOT_DIRECTORY;
		}
		boolean directoryOnly = !settings.domainList().isEmpty();
		try {
			Optional<DirContextOperations> entry = find(account.email());
			if (entry.isEmpty()) {
				return directoryOnly ? Confirmation.REFUSED : Confirmation.NOT_DIRECTORY;
			}
			if (password == null || password.isEmpty()) {
				return Confirmation.REFUSED;
			}
			bindAs(entry.get().getNameInNamespace(), password);
			// the bind proves whoever the entry is; it confirms only the account it maps to
			return identities.account(entry.get().getStringAttribute(settings.email()), employeeNumberOf(entry.get()),
					settings.company())
				.filter(mapped -> mapped.id().equals(account.id()))
				.map(mapped -> Confirmation.CONFIRMED)
				.orElse(Confirmation.REFUSED);
		}
		catch (org.springframework.ldap.AuthenticationException wrongPassword) {
			return Confirmation.REFUSED;
		}
		catch (NamingException unreachable) {
			throw new SignInRefusedException(UNAVAILABLE);
		}
	}

	/**
	 * Whether this account's password is the directory's (so a Lodestar password does not count for it): its
	 * domain is a directory-only one, or the directory has an entry for its e-mail address. An unreachable
	 * directory counts as yes for directory-only domains and no otherwise, as sign-in would treat it.
	 */
	boolean manages(UserAccount account) {
		if (!settings.enabled() || !handles(account.email())) {
			return false;
		}
		if (!settings.domainList().isEmpty()) {
			return true;
		}
		try {
			return find(account.email()).isPresent();
		}
		catch (NamingException unreachable) {
			return false;
		}
	}

	private String employeeNumberOf(DirContextOperations entry) {
		return SsoProperties.blank(settings.employeeNumberAttribute()) ? null
				: entry.getStringAttribute(settings.employeeNumberAttribute().strip());
	}

	private boolean handles(String login) {
		List<String> domains = settings.domainList();
		if (domains.isEmpty()) {
			return true;
		}
		int at = login.lastIndexOf('@');
		return at > 0 && domains.contains(login.substring(at + 1).toLowerCase(Locale.ROOT));
	}

	private Optional<DirContextOperations> find(String login) {
		int at = login.indexOf('@');
		String localPart = at > 0 ? login.substring(0, at) : login;
		String searchBase = SsoProperties.blank(settings.userSearchBase()) ? "" : settings.userSearchBase().strip();
		try {
			// parameters are escaped by the template, so a typed "*)(uid=*" cannot widen the filter
			return Optional.of(new SpringSecurityLdapTemplate(contextSource())
				.searchForSingleEntry(searchBase, settings.filter(), new String[] { login, localPart }));
		}
		catch (IncorrectResultSizeDataAccessException noneOrSeveral) {
			return Optional.empty();
		}
	}

	private void bindAs(String userDn, String password) {
		DirContext context = contextSource().getContext(userDn, password);
		LdapUtils.closeContext(context);
	}

	private DefaultSpringSecurityContextSource contextSource() {
		DefaultSpringSecurityContextSource source = contextSource;
		if (source == null) {
			synchronized (this) {
				if (contextSource == null) {
					contextSource = create();
				}
				source = contextSource;
			}
		}
		return source;
	}

	private DefaultSpringSecurityContextSource create() {
		String base = SsoProperties.blank(settings.base()) ? "" : settings.base().strip();
		var source = new DefaultSpringSecurityContextSource(settings.urlList(), base);
		if (!SsoProperties.blank(settings.managerDn())) {
			source.setUserDn(settings.managerDn().strip());
			source.setPassword(settings.managerPassword() == null ? "" : settings.managerPassword());
		}
		else {
			source.setAnonymousReadOnly(true);
		}
		Map<String, Object> environment = new HashMap<>();
		// a hanging directory must not hold sign-in threads for minutes
		environment.put("com.sun.jndi.ldap.connect.timeout", "5000");
		environment.put("com.sun.jndi.ldap.read.timeout", "10000");
		source.setBaseEnvironmentProperties(environment);
		source.afterPropertiesSet();
		return source;
	}

}
