package io.lodestar.platform.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: {@code /iclock/**} for attendance terminals (no sign-in, see below), {@code /api/**}
 * for programs (personal access tokens and integration API keys; HTTP Basic only to create a token; problem-detail errors, no
 * redirects) and everything else for browsers (form login, session, CSRF). The last two rebuild the principal from the database on every request (see {@link PrincipalRefreshFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default; the {id} prefix lets us move to a stronger encoder without a flag day
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Attendance terminals (ZKTeco PUSH): they cannot sign in, carry no cookies and cannot send a CSRF token.
	 * Nothing here is authenticated; the attendance module accepts data only from approved serial numbers.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain deviceChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/iclock/**")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, java.util.List<TokenAuthenticator> tokens, PrincipalRefresher refresher,
			ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(authorize -> authorize
				.requestMatchers(HttpMethod.GET, "/api/**").authenticated()
				.requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
				.anyRequest().access(TokenScopes.writeAllowed()))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.addFilterBefore(new BasicOnlyForTokenCreationFilter(problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new PrincipalRefreshFilter(refresher), ExceptionTranslationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, PrincipalRefresher refresher, ProblemResponses problems,
			SecondFactorEnforcement enforcement, Clock clock,
			@Value("${lodestar.security.session.absolute-lifetime:12h}") Duration absoluteLifetime,
			java.util.List<WebSignInCustomizer> signInMethods) throws Exception {
		http.authorizeHttpRequests(authorize -> authorize
			// the probes of a load balancer or container platform: status only, details need a system admin
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers("/login", "/login/code", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/favicon.svg")
			.permitAll()
			.requestMatchers("/actuator/**").hasRole(Role.SYSTEM_ADMIN.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").usernameParameter("email")
				.successHandler(new SignInSuccessHandler(enforcement, clock))
				.failureHandler(new LoginFailureHandler()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
				.deleteCookies("LODESTAR_SESSION"))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new WebAuthenticationEntryPoint(problems)))
			.addFilterBefore(new PrincipalRefreshFilter(refresher), ExceptionTranslationFilter.class)
			.addFilterAfter(new SessionRulesFilter(absoluteLifetime, clock), PrincipalRefreshFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		for (WebSignInCustomizer method : signInMethods) {
			method.customize(http);
		}
		return http.build();
	}

}
