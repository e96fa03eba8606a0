package io.lodestar.engagement.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.lodestar.engagement.ChatChannelRequest;
import io.lodestar.engagement.ChatChannelView;
import io.lodestar.engagement.channels.ChatPlatform;

/** The group-chat form. The webhook URL and secret are write-only: the page never gets them back. */
class ChatChannelForm {

	private String name;

	private ChatPlatform platform = ChatPlatform.DINGTALK;

	private String webhookUrl;

	private String secret;

	private boolean removeSecret;

	private List<String> kinds = new ArrayList<>();

	private boolean enabled = true;

	static ChatChannelForm of(ChatChannelView view) {
		ChatChannelForm form = new ChatChannelForm();
		form.name = view.name();
		form.platform = view.platform();
		form.kinds = new ArrayList<>(view.kinds());
		form.enabled = view.enabled();
		return form;
	}

	ChatChannelRequest request() {
		return new ChatChannelRequest(name, platform, webhookUrl, secret, removeSecret,
				new LinkedHashSet<>(kinds == null ? List.of() : kinds), enabled);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ChatPlatform getPlatform() {
		return platform;
	}

	public void setPlatform(ChatPlatform platform) {
		this.platform = platform;
	}

	public String getWebhookUrl() {
		return webhookUrl;
	}

	public void setWebhookUrl(String webhookUrl) {
		this.webhookUrl = webhookUrl;
	}

	public String getSecret() {
		return secret;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public boolean isRemoveSecret() {
		return removeSecret;
	}

	public void setRemoveSecret(boolean removeSecret) {
		this.removeSecret = removeSecret;
	}

	public List<String> getKinds() {
		return kinds;
	}

	public void setKinds(List<String> kinds) {
		this.kinds = kinds;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
