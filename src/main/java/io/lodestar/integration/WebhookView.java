package io.lodestar.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook subscription as HR sees it; the signing secret is never shown again after creation or rotation. */
public record WebhookView(UUID id, String name, String url, List<WebhookEventKind> eventKinds, boolean active,
		Instant createdAt, Instant updatedAt) {
}
