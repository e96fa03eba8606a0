package io.lodestar.account;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SignInSession;

/**
 * Re-authentication of a signed-in browser at the OIDC provider: the ordinary code flow (same redirect URI,
 * state, nonce and PKCE checks as sign-in) started with {@code prompt=login} and {@code max_age=0}, accepted
 * only if the ID token's {@code auth_time} is not older than the request (the provider may ignore the
 * prompt and answer from its own session) and the identity maps to the same account. The session keeps its
 * principal and sign-in time; it only counts as recently authenticated.
 */
@Component
class OidcReauthentication {

	/** The authorization URI of Spring Security's OAuth2 login with the flag that asks for a fresh login. */
	static final String START = "/oauth2/authorization/" + OidcSignIn.REGISTRATION_ID + "?reauthenticate=true";

	static final String PARAMETER = "reauthenticate";

	/** Session attribute: the re-authentication under way. */
	static final String PENDING = "lodestar.oidcReauthentication";

	/** Clock difference tolerated between Lodestar and the provider. */
	static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	/** Time allowed at the provider's login page. */
	static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

	/** Reason codes of the confirmation page. */
	static final String STALE = "sso-stale";

	static final String OTHER_PERSON = "sso-other-person";

	static final String FAILED = "sso-failed";

	/** A re-authentication sent to the provider: whose, which state, since when, and where to return. */
	record Pending(UUID userId, String state, Instant startedAt, String next) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

	private final ExternalIdentities identities;

	private final UserAccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	OidcReauthentication(ExternalIdentities identities, UserAccountRepository accounts, AuditTrail audit,
			Clock clock) {
		this.identities = identities;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Spring's resolver, plus a fresh-login request when a signed-in browser asks to re-authenticate. */
	OAuth2AuthorizationRequestResolver resolver(ClientRegistrationRepository registrations) {
		var standard = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				return freshLoginIfAsked(request, standard.resolve(request));
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				return freshLoginIfAsked(request, standard.resolve(request, registrationId));
			}

		};
	}

	private OAuth2AuthorizationRequest freshLoginIfAsked(HttpServletRequest request,
			OAuth2AuthorizationRequest standard) {
		if (standard == null || request.getParameter(PARAMETER) == null || signedIn().isEmpty()) {
			return standard;
		}
		OAuth2AuthorizationRequest fresh = OAuth2AuthorizationRequest.from(standard)
			.additionalParameters(parameters -> {
				parameters.put("prompt", "login");
				parameters.put("max_age", "0");
			})
			.build();
		request.getSession().setAttribute(PENDING, new Pending(signedIn().get().userId(), fresh.getState(),
				clock.instant(), Reauthentication.safeNext(request.getParameter("next"))));
		return fresh;
	}

	/** The re-authentication this provider callback answers: same session, same state, not expired. */
	Optional<Pending> answeredBy(HttpServletRequest request) {
		return pending(request).filter(pending -> pending.state().equals(request.getParameter("state")));
	}

	/**
	 * Checks the provider's answer to a re-authentication (its signature, nonce and state are checked by then).
	 * @return the session's own principal, unchanged
	 * @throws OAuth2AuthenticationException when the login is not fresh or is another person's
	 */
	CurrentUser confirm(Pending pending, OidcUser user, String email, String employeeNo, String companyCode) {
		Instant authTime = user.getAuthenticatedAt();
		Instant now = clock.instant();
		if (authTime == null || authTime.isBefore(pending.startedAt().minus(CLOCK_SKEW))
				|| authTime.isAfter(now.plus(CLOCK_SKEW))) {
			throw new OAuth2AuthenticationException(new OAuth2Error(STALE));
		}
		boolean samePerson = identities.account(email, employeeNo, companyCode)
			.filter(account -> account.id().equals(pending.userId()))
			.isPresent();
		Optional<CurrentUser> session = signedIn().filter(principal -> principal.userId().equals(pending.userId()));
		if (!samePerson || session.isEmpty()) {
			throw new OAuth2AuthenticationException(new OAuth2Error(OTHER_PERSON));
		}
		return session.get();
	}

	/** Puts the session's own principal back (Spring's filter put the provider's in) and returns to the page. */
	void succeeded(HttpServletRequest request, HttpServletResponse response, CurrentUser principal)
			throws IOException {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
		HttpSession session = request.getSession();
		String next = pending(request).map(Pending::next).orElse("/account");
		session.removeAttribute(PENDING);
		SignInSession.reauthenticated(session, clock.instant());
		audit.recordSystem(principal.tenantId(), principal.userId(), principal.email(), "REAUTHENTICATED", "user",
				principal.userId(), "OIDC");
		response.sendRedirect(request.getContextPath() + Reauthentication.safeNext(next));
	}

	/**
	 * A failed provider round trip while a re-authentication was under way: back to the confirmation page with
	 * the reason; the session stays signed in as before.
	 * @return false when no re-authentication was under way (an ordinary sign-in failed)
	 */
	boolean failed(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
		Optional<Pending> pending = pending(request);
		if (pending.isEmpty()) {
			return false;
		}
		request.getSession().removeAttribute(PENDING);
		String reason = STALE.equals(code) || OTHER_PERSON.equals(code) ? code : FAILED;
		accounts.findById(pending.get().userId())
			.ifPresent(user -> audit.recordSystem(user.tenantId(), user.id(), user.email(), "SIGN_IN_FAILED", "user",
					user.id(), ExternalIdentities.safe("re-authentication: OIDC " + code)));
		response.sendRedirect(request.getContextPath() + "/account/confirm?failed=" + reason + "&next="
				+ URLEncoder.encode(pending.get().next(), StandardCharsets.UTF_8));
		return true;
	}

	private Optional<Pending> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(PENDING) instanceof Pending pending
				&& pending.startedAt().plus(PENDING_LIFETIME).isAfter(clock.instant())) {
			return Optional.of(pending);
		}
		return Optional.empty();
	}

	/** The principal of this browser's session before the provider's answer replaced it, if signed in. */
	private static Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.authMethod().browserSession() ? Optional.of(user) : Optional.empty();
	}

}
