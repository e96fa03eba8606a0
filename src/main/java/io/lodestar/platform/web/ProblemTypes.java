package io.lodestar.platform.web;

import java.net.URI;

/**
 * Stable problem type URIs (RFC 9457). Clients may switch on them; the human text is in
 * {@code detail} and in the user's language.
 */
public final class ProblemTypes {

	public static final String BASE = "https://lodestar.dev/problems/";

	private ProblemTypes() {
	}

	public static URI uri(String type) {
		return URI.create(BASE + type);
	}

}
