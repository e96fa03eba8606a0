package io.lodestar.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets a module add a way to sign in (OIDC, for example) to the browser filter chain without the platform
 * knowing about it. Every bean of this type is applied to the web chain once, after form login.
 */
public interface WebSignInCustomizer {

	void customize(HttpSecurity http) throws Exception;

}
