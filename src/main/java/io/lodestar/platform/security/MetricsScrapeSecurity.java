package io.lodestar.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} answers only a scraper that presents {@code Authorization: Bearer <LODESTAR_METRICS_TOKEN>}
 * (Prometheus: {@code authorization: credentials_file}). No token configured = nobody can scrape. It is a
 * separate chain so no user session or personal token, not even a system administrator's, opens it.
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

	static final String SCRAPER = "METRICS_SCRAPER";

	/** Long enough that guessing is hopeless; shorter tokens stop the start. */
	static final int MIN_TOKEN_LENGTH = 24;

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain metricsChain(HttpSecurity http, ProblemResponses problems,
			@Value("${lodestar.metrics.token:}") String token) throws Exception {
		String configured = token == null ? "" : token.strip();
		if (!configured.isEmpty() && configured.length() < MIN_TOKEN_LENGTH) {
			throw new IllegalStateException("LODESTAR_METRICS_TOKEN must be at least " + MIN_TOKEN_LENGTH
					+ " characters (e.g. openssl rand -hex 32)");
		}
		http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().hasAuthority(SCRAPER))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.addFilterBefore(new ScrapeTokenFilter(configured), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/** Signs the scraper in for this one request when its bearer token matches (compared in constant time). */
	static final class ScrapeTokenFilter extends OncePerRequestFilter {

		private final byte[] expected;

		ScrapeTokenFilter(String token) {
			this.expected = token.isEmpty() ? null : sha256(token);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (expected != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
					&& MessageDigest.isEqual(expected, sha256(header.substring(7).strip()))) {
				var scraper = UsernamePasswordAuthenticationToken.authenticated("prometheus", null,
						List.of(new SimpleGrantedAuthority(SCRAPER)));
				SecurityContextHolder.getContext().setAuthentication(scraper);
			}
			chain.doFilter(request, response);
		}

		private static byte[] sha256(String value) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException impossible) {
				throw new IllegalStateException(impossible);
			}
		}

	}

}
