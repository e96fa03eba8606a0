package io.lodestar.account.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real login form, so tests get a real session (and prove the password works). */
final class WebSignIn {

	static final String ADMIN_EMAIL = "admin@lodestar.test";

	static final String ADMIN_PASSWORD = "Polaris-Guide-2026";

	private WebSignIn() {
	}

	/** @return the signed-in session, or null if the sign-in was refused */
	static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn();
		String target = result.getResponse().getRedirectedUrl();
		if (target == null || target.contains("/login")) {
			return null;
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
