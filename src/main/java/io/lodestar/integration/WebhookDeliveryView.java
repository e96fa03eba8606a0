package io.lodestar.integration;

import java.time.Instant;
import java.util.UUID;

/** One line of the delivery log: an event sent (or to be sent) to one webhook. */
public record WebhookDeliveryView(UUID id, UUID webhookId, String webhookName, UUID eventId, WebhookEventKind eventKind,
		String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode,
		String lastError, Instant sentAt, Instant createdAt) {
}
