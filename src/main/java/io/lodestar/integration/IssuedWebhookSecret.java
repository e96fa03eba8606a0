package io.lodestar.integration;

/** A webhook with its signing secret, shown once: at creation and after each rotation. */
public record IssuedWebhookSecret(WebhookView webhook, String secret) {
}
