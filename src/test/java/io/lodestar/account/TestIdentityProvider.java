package io.lodestar.account;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID Connect provider in the test's own process: discovery, JWKS and a token endpoint that
 * checks the PKCE verifier and answers with a Nimbus-signed ID token. The "authorize" step (the user at the
 * provider's login page) is played by the test, which calls {@link #approve} with the request's parameters.
 */
final class TestIdentityProvider {

	static final String CLIENT_ID = "lodestar-test";

	static final String CLIENT_SECRET = "test-secret-7f3a";

	private final HttpServer server;

	private final RSAKey key;

	private final RSAKey impostor;

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	/** What the provider will put in the ID token for one code, and how it will be signed. */
	record Grant(Map<String, Object> claims, String codeChallenge, boolean forged) {
	}

	TestIdentityProvider() {
		try {
			key = new RSAKeyGenerator(2048).keyID("test-key").generate();
			impostor = new RSAKeyGenerator(2048).keyID("test-key").generate();
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
		server.createContext("/jwks", exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
		server.createContext("/token", this::token);
		server.start();
	}

	String issuer() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * The user approved at the provider: remembers what to issue for a new code and returns that code.
	 * @param audience normally {@link #CLIENT_ID}
	 * @param forged sign with a key the provider never published
	 */
	String approve(Map<String, String> authorizationRequest, String email, boolean emailVerified, String audience,
			boolean forged, Map<String, Object> extraClaims) {
		Map<String, Object> claims = new HashMap<>(extraClaims);
		claims.put("sub", "sub-" + UUID.randomUUID());
		if (email != null) {
			claims.put("email", email);
			claims.put("email_verified", emailVerified);
		}
		claims.put("aud", audience);
		claims.put("nonce", authorizationRequest.get("nonce"));
		String code = "code-" + UUID.randomUUID();
		grants.put(code, new Grant(claims, authorizationRequest.get("code_challenge"), forged));
		return code;
	}

	private String discovery() {
		String issuer = issuer();
		return """
				{"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
				 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
				 "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "email", "profile"],
				 "token_endpoint_auth_methods_supported": ["client_secret_basic"],
				 "grant_types_supported": ["authorization_code"], "code_challenge_methods_supported": ["S256"]}
				""".formatted(issuer);
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String expectedAuth = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		Grant grant = grants.remove(String.valueOf(form.get("code")));
		if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization")) || grant == null
				|| !"authorization_code".equals(form.get("grant_type"))
				|| !s256(form.get("code_verifier")).equals(grant.codeChallenge())) {
			json(exchange, 400, "{\"error\": \"invalid_grant\"}");
			return;
		}
		try {
			json(exchange, 200, """
					{"access_token": "%s", "token_type": "Bearer", "expires_in": 300, "scope": "openid email profile",
					 "id_token": "%s"}
					""".formatted("at-" + UUID.randomUUID(), idToken(grant)));
		}
		catch (Exception e) {
			json(exchange, 500, "{\"error\": \"server_error\"}");
		}
	}

	private String idToken(Grant grant) throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)));
		grant.claims().forEach(claims::claim);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				claims.build());
		jwt.sign(new RSASSASigner(grant.forged() ? impostor : key));
		return jwt.serialize();
	}

	private static String s256(String verifier) {
		if (verifier == null) {
			return "";
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static Map<String, String> parse(String query) {
		Map<String, String> values = new HashMap<>();
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	private static void json(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
