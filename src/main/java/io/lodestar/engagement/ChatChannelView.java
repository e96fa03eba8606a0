package io.lodestar.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.lodestar.engagement.channels.ChatPlatform;

/**
 * A group-chat channel as pages and the API show it: never the webhook URL (it carries the bot's token) nor
 * the secret, only the host with a mask, e.g. {@code oapi.dingtalk.com/••••}.
 */
public record ChatChannelView(UUID id, String name, ChatPlatform platform, String webhookHint, boolean signed,
		List<String> kinds, boolean enabled, Instant createdAt, Instant updatedAt, long version) {

}
