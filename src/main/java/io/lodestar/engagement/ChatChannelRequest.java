package io.lodestar.engagement;

import java.util.Set;

import io.lodestar.engagement.channels.ChatPlatform;

/**
 * A group-chat channel as HR configures it.
 *
 * @param webhookUrl the bot's webhook URL; on a change, null or blank keeps the stored one
 * @param secret the signing secret (DingTalk "加签", Feishu "签名校验"); on a change, null or blank keeps the stored
 *        one unless {@code removeSecret}
 * @param kinds the notification kinds this channel receives
 */
public record ChatChannelRequest(String name, ChatPlatform platform, String webhookUrl, String secret,
		boolean removeSecret, Set<String> kinds, boolean enabled) {

}
