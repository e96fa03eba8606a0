package io.lodestar.account;

import java.util.EnumSet;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * On an empty database, creates the first system administrator from LODESTAR_ADMIN_EMAIL and
 * LODESTAR_ADMIN_PASSWORD, or with a random password printed once to the log. There is no default
 * password anywhere.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AccountProperties properties;

	private final AuditTrail audit;

	FirstStart(UserAccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy,
			AccountProperties properties, AuditTrail audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.properties = properties;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (accounts.count() > 0) {
			return;
		}
		String email = properties.admin().email().strip().toLowerCase(Locale.ROOT);
		String given = properties.admin().password();
		boolean generated = given == null || given.isBlank();
		String password = generated ? Secrets.password() : given;
		if (!generated) {
			try {
				policy.check(password, email, "LODESTAR_ADMIN_PASSWORD");
			}
			catch (BusinessRuleException weak) {
				throw new IllegalStateException("LODESTAR_ADMIN_PASSWORD is refused (" + weak.code() + "): use 8 to 128 "
						+ "characters, not a common password and not containing the e-mail address", weak);
			}
		}
		UserAccount admin = accounts.save(UserAccount.create(null, null, email, "Administrator",
				passwords.encode(password), EnumSet.of(Role.SYSTEM_ADMIN)));
		audit.recordSystem(null, null, "system", "CREATE", "user", admin.id(), "first system administrator");
		if (generated) {
			log.warn("""

					==================================================================
					  Lodestar first start: system administrator created
					    e-mail:   {}
					    password: {}
					  This password is shown only once. Sign in and change it, or set
					  LODESTAR_ADMIN_PASSWORD before the first start.
					==================================================================
					""", email, password);
		}
		else {
			log.info("Lodestar first start: system administrator {} created with the configured password", email);
		}
	}

}
