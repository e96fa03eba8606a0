package io.lodestar.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Authenticates MockMvc requests the way API clients do: a bearer token, or HTTP Basic. */
public final class Api {

	private Api() {
	}

	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	public static RequestPostProcessor basic(String email, String password) {
		String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		return request -> {
			request.addHeader("Authorization", "Basic " + credentials);
			return request;
		};
	}

}
