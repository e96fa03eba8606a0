package io.lodestar.account;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUser.AuthMethod;
import io.lodestar.platform.security.SignInRefusedException;
import io.lodestar.platform.security.SignInSession;
import io.lodestar.platform.security.WebSignInCustomizer;

/**
 * OpenID Connect sign-in (authorization code with PKCE) against one provider per installation. The ID token's
 * signature, issuer, audience, expiry and nonce are checked by Spring Security; here the person is mapped to
 * a Lodestar account (see {@link ExternalIdentities}) and the session gets the same {@link CurrentUser} as a
 * password sign-in, so everything downstream treats both alike. A signed-in browser can come back through the
 * same flow to confirm it is them ({@link OidcReauthentication}).
 */
@Component
class OidcSignIn implements WebSignInCustomizer, ClientRegistrationRepository {

	static final String REGISTRATION_ID = "oidc";

	private final SsoProperties.Oidc settings;

	private final ExternalIdentities identities;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	private final OidcReauthentication reauthentication;

	private final OidcUserService provider = new OidcUserService();

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();

	private volatile ClientRegistration registration;

	OidcSignIn(SsoProperties sso, ExternalIdentities identities, AuditTrail audit, java.time.Clock clock,
			OidcReauthentication reauthentication) {
		this.clock = clock;
		this.reauthentication = reauthentication;
		this.settings = sso.oidc();
		this.identities = identities;
		this.audit = audit;
		afterSignIn.setDefaultTargetUrl("/");
	}

	@Override
	public void customize(HttpSecurity http) throws Exception {
		if (!settings.enabled()) {
			return;
		}
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(this)
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(reauthentication.resolver(this)))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
			.successHandler(this::succeeded)
			.failureHandler(this::failed));
	}

	/** Reads the provider's discovery document on first use, so Lodestar starts even while the provider is down. */
	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!settings.enabled() || !REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = registration;
		if (known == null) {
			synchronized (this) {
				if (registration == null) {
					registration = discover();
				}
				known = registration;
			}
		}
		return known;
	}

	private ClientRegistration discover() {
		boolean publicClient = SsoProperties.blank(settings.clientSecret());
		return ClientRegistrations.fromIssuerLocation(settings.issuerUri().strip())
			.registrationId(REGISTRATION_ID)
			.clientId(settings.clientId().strip())
			.clientSecret(publicClient ? null : settings.clientSecret())
			.clientAuthenticationMethod(publicClient ? ClientAuthenticationMethod.NONE
					: ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.scope(scopes())
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

	private Set<String> scopes() {
		Set<String> scopes = new LinkedHashSet<>(List.of("openid"));
		String configured = SsoProperties.blank(settings.scopes()) ? "openid email profile" : settings.scopes();
		scopes.addAll(List.of(configured.strip().split("[\\s,]+")));
		return scopes;
	}

	private OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		String emailClaim = settings.emailClaimName();
		String email = user.getClaimAsString(emailClaim);
		if ("email".equals(emailClaim) && settings.requireVerifiedEmail() && !Boolean.TRUE.equals(user.getEmailVerified())) {
			email = null;
		}
		String employeeNo = SsoProperties.blank(settings.employeeNumberClaim()) ? null
				: user.getClaimAsString(settings.employeeNumberClaim().strip());
		var pending = currentRequest().flatMap(reauthentication::answeredBy);
		if (pending.isPresent()) {
			return new SignedIn(user,
					reauthentication.confirm(pending.get(), user, email, employeeNo, settings.company()), true);
		}
		try {
			// second factors are the provider's job here (Keycloak / Entra conditional access...), see ARCHITECTURE
			CurrentUser principal = identities.signIn(AuthMethod.OIDC, user.getSubject(), email, employeeNo,
					settings.company(), account -> {
					});
			return new SignedIn(user, principal, false);
		}
		catch (SignInRefusedException refused) {
			throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason()), refused);
		}
		catch (DisabledException disabled) {
			throw new OAuth2AuthenticationException(new OAuth2Error("disabled"), disabled);
		}
	}

	private static Optional<HttpServletRequest> currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

	/** Replaces the provider's token with our own principal, exactly as a password sign-in leaves it. */
	private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, jakarta.servlet.ServletException {
		SignedIn signedIn = (SignedIn) authentication.getPrincipal();
		if (signedIn.reauthentication()) {
			reauthentication.succeeded(request, response, signedIn.principal());
			return;
		}
		CurrentUser user = signedIn.principal();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
		SignInSession.signedIn(request.getSession(), clock.instant(), false);
		afterSignIn.onAuthenticationSuccess(request, response, context.getAuthentication());
	}

	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
		if (reauthentication.failed(request, response, code)) {
			return;
		}
		String reason = switch (code) {
			case ExternalIdentities.UNKNOWN, "disabled" -> code;
			default -> "sso-failed";
		};
		if ("sso-failed".equals(reason)) {
			// a forged or misdirected token, or the provider refused: worth an entry, not a stack trace
			audit.recordSystem(null, null, null, "SIGN_IN_FAILED", "user", null,
					ExternalIdentities.safe("OIDC: " + code));
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

	/** The provider's user with the Lodestar principal it was mapped to, only until the session is saved. */
	static final class SignedIn extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final CurrentUser principal;

		private final boolean reauthentication;

		SignedIn(OidcUser user, CurrentUser principal, boolean reauthentication) {
			super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
			this.principal = principal;
			this.reauthentication = reauthentication;
		}

		CurrentUser principal() {
			return principal;
		}

		/** The session's own user confirmed it is them; nobody new signs in. */
		boolean reauthentication() {
			return reauthentication;
		}

	}

}
