package io.lodestar.account;

import java.net.InetAddress;
import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldif.LDIFReader;

import io.lodestar.platform.security.CurrentUser;

/**
 * Starts an in-process LDAP server (UnboundID) and OIDC provider once per JVM and points Lodestar at them.
 * Both test classes inherit the same property source, so they share one application context.
 */
abstract class EnterpriseSignInTestSupport {

	static final String BASE = "dc=lodestar,dc=test";

	static final InMemoryDirectoryServer DIRECTORY = startDirectory();

	static final TestIdentityProvider PROVIDER = new TestIdentityProvider();

	@DynamicPropertySource
	static void enterpriseSignIn(DynamicPropertyRegistry properties) {
		properties.add("lodestar.sso.directory.urls", () -> "ldap://127.0.0.1:" + DIRECTORY.getListenPort());
		properties.add("lodestar.sso.directory.base", () -> BASE);
		properties.add("lodestar.sso.directory.manager-dn", () -> "cn=Directory Manager");
		properties.add("lodestar.sso.directory.manager-password", () -> "manager-secret");
		properties.add("lodestar.sso.directory.user-search-base", () -> "ou=people");
		properties.add("lodestar.sso.directory.user-search-filter", () -> "(mail={0})");
		properties.add("lodestar.sso.directory.employee-number-attribute", () -> "employeeNumber");
		properties.add("lodestar.sso.oidc.issuer-uri", PROVIDER::issuer);
		properties.add("lodestar.sso.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
		properties.add("lodestar.sso.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		properties.add("lodestar.sso.oidc.button-label", () -> "");
	}

	private static InMemoryDirectoryServer startDirectory() {
		try {
			var config = new InMemoryDirectoryServerConfig(BASE);
			config.setListenerConfigs(
					InMemoryListenerConfig.createLDAPConfig("test", InetAddress.getLoopbackAddress(), 0, null));
			config.addAdditionalBindCredentials("cn=Directory Manager", "manager-secret");
			var server = new InMemoryDirectoryServer(config);
			try (var ldif = new LDIFReader(EnterpriseSignInTestSupport.class.getResourceAsStream("/sso/directory.ldif"))) {
				server.importFromLDIF(true, ldif);
			}
			server.startListening();
			return server;
		}
		catch (Exception e) {
			throw new IllegalStateException("in-process LDAP server did not start", e);
		}
	}

	/** Adds a person to the directory with this password; returns their uid. */
	static String addToDirectory(String email, String password, String employeeNo) {
		String uid = "u" + UUID.randomUUID().toString().substring(0, 8);
		try {
			if (employeeNo == null) {
				DIRECTORY.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + uid,
						"cn: " + uid, "sn: " + uid, "mail: " + email, "userPassword: " + password);
			}
			else {
				DIRECTORY.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + uid,
						"cn: " + uid, "sn: " + uid, "mail: " + email, "userPassword: " + password,
						"employeeNumber: " + employeeNo);
			}
			return uid;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The principal a browser session holds, as saved by Spring Security. */
	static CurrentUser principalIn(MockHttpSession session) {
		var context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context == null ? null : (CurrentUser) context.getAuthentication().getPrincipal();
	}

}
