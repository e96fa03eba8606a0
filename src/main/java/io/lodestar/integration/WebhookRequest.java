package io.lodestar.integration;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What HR enters for a webhook subscription. The URL must be http(s) and reach a public address. */
public record WebhookRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 2000) String url,
		@NotEmpty Set<WebhookEventKind> eventKinds, boolean active) {
}
