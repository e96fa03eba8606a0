package io.lodestar.integration.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.lodestar.integration.WebhookEventKind;
import io.lodestar.integration.WebhookRequest;
import io.lodestar.integration.WebhookView;

/** The webhook form (create and change). */
class WebhookForm {

	@NotBlank(message = "{integration.webhook.name.required}")
	@Size(max = 100, message = "{integration.webhook.name.size}")
	private String name;

	@NotBlank(message = "{integration.webhook.url.required}")
	@Size(max = 2000, message = "{integration.webhook.url.size}")
	private String url;

	@NotEmpty(message = "{integration.webhook.kinds.required}")
	private Set<WebhookEventKind> eventKinds = EnumSet.noneOf(WebhookEventKind.class);

	private boolean active = true;

	static WebhookForm of(WebhookView view) {
		WebhookForm form = new WebhookForm();
		form.name = view.name();
		form.url = view.url();
		form.eventKinds = view.eventKinds().isEmpty() ? EnumSet.noneOf(WebhookEventKind.class)
				: EnumSet.copyOf(view.eventKinds());
		form.active = view.active();
		return form;
	}

	WebhookRequest request() {
		return new WebhookRequest(name, url, eventKinds, active);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Set<WebhookEventKind> getEventKinds() {
		return eventKinds;
	}

	public void setEventKinds(Set<WebhookEventKind> eventKinds) {
		this.eventKinds = eventKinds;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
