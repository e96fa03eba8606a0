package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The whole OpenID Connect code flow against an in-process provider: redirect with PKCE, the provider's
 * callback, the token exchange over HTTP and the ID token checks, ending in a Lodestar session.
 */
@IntegrationTest
class OidcSignInIntegrationTests extends EnterpriseSignInTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageOffersSingleSignOnInBothLanguages() throws Exception {
		String en = mvc.perform(get("/login").header("Accept-Language", "en")).andReturn().getResponse()
			.getContentAsString();
		String zh = mvc.perform(get("/login").header("Accept-Language", "zh-CN")).andReturn().getResponse()
			.getContentAsString();
		assertThat(en).contains("/oauth2/authorization/oidc").contains("Sign in with single sign-on");
		assertThat(zh).contains("使用企业统一身份登录");
	}

	@Test
	void theCodeFlowSignsInTheEmployeeWithTheVerifiedEmail() throws Exception {
		var company = fixtures.company();
		var emma = company.employee();
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorize(session);
		assertThat(request).containsEntry("response_type", "code")
			.containsEntry("client_id", TestIdentityProvider.CLIENT_ID)
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("nonce");

		String code = PROVIDER.approve(request, emma.email().toUpperCase(), true, TestIdentityProvider.CLIENT_ID, false,
				Map.of());
		MvcResult callback = callback(session, request, code);

		assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/");
		MockHttpSession signedIn = (MockHttpSession) callback.getRequest().getSession(false);
		var principal = principalIn(signedIn);
		assertThat(principal.employeeId()).isEqualTo(emma.employeeId());
		assertThat(principal.authMethod()).isEqualTo(AuthMethod.OIDC);
		// the absolute session lifetime counts from this sign-in, as for a password sign-in
		assertThat(signedIn.getAttribute("lodestar.signedInAt")).isNotNull();
		assertThat(mvc.perform(get("/").session(signedIn)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains(emma.name());
	}

	@Test
	void anUnknownEmailIsRefusedAndNoSessionIsEstablished() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorize(session);
		String code = PROVIDER.approve(request, "stranger@nowhere.test", true, TestIdentityProvider.CLIENT_ID, false,
				Map.of());
		MvcResult callback = callback(session, request, code);
		assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-unknown");
		assertNotSignedIn(callback);
	}

	@Test
	void anUnverifiedEmailIsNotTrusted() throws Exception {
		var company = fixtures.company();
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorize(session);
		String code = PROVIDER.approve(request, company.employee().email(), false, TestIdentityProvider.CLIENT_ID,
				false, Map.of());
		assertThat(callback(session, request, code).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=sso-unknown");
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
		var company = fixtures.company();
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorize(session);
		String code = PROVIDER.approve(request, company.employee().email(), true, TestIdentityProvider.CLIENT_ID, true,
				Map.of());
		long before = rejectedIdTokens();
		MvcResult callback = callback(session, request, code);
		assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-failed");
		assertNotSignedIn(callback);
		assertThat(rejectedIdTokens()).isEqualTo(before + 1);
	}

	@Test
	void aTokenForAnotherClientIsRefused() throws Exception {
		var company = fixtures.company();
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorize(session);
		String code = PROVIDER.approve(request, company.employee().email(), true, "some-other-app", false, Map.of());
		long before = rejectedIdTokens();
		MvcResult callback = callback(session, request, code);
		assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-failed");
		assertNotSignedIn(callback);
		assertThat(rejectedIdTokens()).isEqualTo(before + 1);
	}

	@Test
	void aCallbackWithoutTheMatchingStateIsRefused() throws Exception {
		var company = fixtures.company();
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorize(session);
		String code = PROVIDER.approve(request, company.employee().email(), true, TestIdentityProvider.CLIENT_ID, false,
				Map.of());
		// a different browser (no authorization request in its session) brings the code
		MvcResult callback = callback(new MockHttpSession(), request, code);
		assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso-failed");
		assertNotSignedIn(callback);
	}

	/** Failed sign-ins audited because Spring Security found the ID token invalid (signature, audience...). */
	private long rejectedIdTokens() {
		return jdbc.sql("select count(*) from platform_audit_event where action = 'SIGN_IN_FAILED' and summary = :summary")
			.param("summary", "OIDC: invalid_id_token")
			.query(Long.class)
			.single();
	}

	/** Starts sign-in as the button does and returns the parameters sent to the provider. */
	private Map<String, String> authorize(MockHttpSession session) throws Exception {
		MvcResult redirect = mvc.perform(get("/oauth2/authorization/oidc").session(session)).andReturn();
		assertThat(redirect.getResponse().getStatus()).isEqualTo(302);
		URI location = URI.create(redirect.getResponse().getRedirectedUrl());
		assertThat(location.toString()).startsWith(PROVIDER.issuer() + "/authorize?");
		return TestIdentityProvider.parse(location.getRawQuery());
	}

	private MvcResult callback(MockHttpSession session, Map<String, String> request, String code) throws Exception {
		return mvc.perform(get("/login/oauth2/code/oidc").session(session).param("code", code)
			.param("state", request.get("state"))).andReturn();
	}

	private void assertNotSignedIn(MvcResult callback) throws Exception {
		MockHttpSession session = (MockHttpSession) callback.getRequest().getSession();
		assertThat(principalIn(session)).isNull();
		assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

}
