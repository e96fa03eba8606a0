package io.lodestar.engagement.channels;

/** The group-chat platforms whose incoming bot webhooks Lodestar can address. */
public enum ChatPlatform {

	/** DingTalk (钉钉) custom robot. */
	DINGTALK,
	/** WeCom (企业微信) group robot. */
	WECOM,
	/** Feishu / Lark (飞书) custom bot. */
	FEISHU,
	/** Slack incoming webhook. */
	SLACK,
	/** Microsoft Teams incoming webhook (or a Workflows webhook accepting the same payload). */
	TEAMS

}
