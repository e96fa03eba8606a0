package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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

	/** Signs in through the in-process OIDC provider and returns the signed-in browser session. */
	static MockHttpSession oidcSignIn(MockMvc mvc, String email) throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorizationRequest(mvc, session, "/oauth2/authorization/oidc");
		String code = PROVIDER.approve(request, email, true, TestIdentityProvider.CLIENT_ID, false, Map.of());
		MvcResult callback = callback(mvc, session, request, code);
		assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/");
		return (MockHttpSession) callback.getRequest().getSession(false);
	}

	/** Follows the confirmation page's single sign-on button: the parameters sent to the provider. */
	static Map<String, String> startReauthentication(MockMvc mvc, MockHttpSession session, String next)
			throws Exception {
		return authorizationRequest(mvc, session, Reauthentication.singleSignOnStart(next));
	}

	static Map<String, String> authorizationRequest(MockMvc mvc, MockHttpSession session, String start)
			throws Exception {
		MvcResult redirect = mvc.perform(get(URI.create(start)).session(session)).andReturn();
		assertThat(redirect.getResponse().getStatus()).isEqualTo(302);
		URI location = URI.create(redirect.getResponse().getRedirectedUrl());
		assertThat(location.toString()).startsWith(PROVIDER.issuer() + "/authorize?");
		return TestIdentityProvider.parse(location.getRawQuery());
	}

	/** The provider sends the browser back with a code for this authorization request. */
	static MvcResult callback(MockMvc mvc, MockHttpSession session, Map<String, String> request, String code)
			throws Exception {
		return mvc.perform(get("/login/oauth2/code/oidc").session(session).param("code", code)
			.param("state", request.get("state"))).andReturn();
	}

	/** The principal a browser session holds, as saved by Spring Security. */
	static CurrentUser principalIn(MockHttpSession session) {
		var context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context == null ? null : (CurrentUser) context.getAuthentication().getPrincipal();
	}

}
