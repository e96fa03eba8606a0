package io.lodestar.integration;

/** A key just created: the only moment its secret value exists outside the caller's hands. */
public record IssuedApiKey(ApiKeyView details, String key) {
}
