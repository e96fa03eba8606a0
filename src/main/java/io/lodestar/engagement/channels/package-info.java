/**
 * Outgoing group-chat bot messages (DingTalk, WeCom, Feishu, Slack, Microsoft Teams): each platform's webhook
 * JSON format and signing, as pure functions ({@link io.lodestar.engagement.channels.ChatMessages}). Sending
 * over HTTP is {@code engagement.WebhookSender}'s job. Internal to the engagement module.
 */
package io.lodestar.engagement.channels;
