package io.lodestar.engagement.web;

import java.util.LinkedHashSet;
import java.util.Set;

import io.lodestar.engagement.ChatChannelRequest;
import io.lodestar.engagement.channels.ChatPlatform;
import io.swagger.v3.oas.annotations.media.Schema;

/** A group chat in an API request. URL and secret are write-only; on a change, leave them out to keep them. */
record ChatChannelBody(String name, ChatPlatform platform,
		@Schema(description = "The bot's webhook URL (https). Write-only.") String webhookUrl,
		@Schema(description = "DingTalk or Feishu signing secret. Write-only.") String secret,
		@Schema(description = "On a change: remove the stored signing secret.") Boolean removeSecret,
		@Schema(description = "Notification kinds sent to this chat.") Set<String> kinds, Boolean enabled,
		@Schema(description = "On a change: the version read.") Long version) {

	ChatChannelRequest request() {
		return new ChatChannelRequest(name, platform, webhookUrl, secret, Boolean.TRUE.equals(removeSecret),
				kinds == null ? Set.of() : new LinkedHashSet<>(kinds), enabled == null || enabled);
	}

}
