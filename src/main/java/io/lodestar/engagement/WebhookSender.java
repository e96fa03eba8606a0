package io.lodestar.engagement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.lodestar.engagement.channels.ChatMessage;
import io.lodestar.engagement.channels.ChatMessages;
import io.lodestar.engagement.channels.ChatPlatform;
import io.lodestar.engagement.channels.ChatWebhook;
import io.lodestar.engagement.channels.OutgoingRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a message to a group bot's webhook with {@link HttpClient} (timeouts on connecting and answering) and
 * decides whether the platform took it. DingTalk, WeCom and Feishu answer HTTP 200 even when they refuse a
 * message (bad signature, too frequent, wrong keyword) and say so in the body: a non-zero {@code errcode}
 * (DingTalk, WeCom) or {@code code} / {@code StatusCode} (Feishu) is a failure too.
 */
@Component
class WebhookSender {

	private static final int BODY_IN_ERROR = 200;

	private final HttpClient client;

	private final NotificationProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	WebhookSender(NotificationProperties properties) {
		this.properties = properties;
		// no redirects: a webhook that redirects elsewhere is misconfigured, and following it could leak the body
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.webhookTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	void send(ChatWebhook webhook, ChatMessage message, Instant now) throws DeliveryFailure {
		OutgoingRequest outgoing = ChatMessages.request(webhook, message, now);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(outgoing.url()))
			.timeout(properties.webhookTimeout())
			.POST(HttpRequest.BodyPublishers.ofByteArray(outgoing.bodyBytes()));
		outgoing.headers().forEach(request::header);
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException unreachable) {
			// exception messages may quote the URL: report the kind of problem only, scrubbed anyway
			throw new DeliveryFailure(scrub(webhook, unreachable.getClass().getSimpleName()
					+ (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage())));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailure("interrupted");
		}
		String body = response.body() == null ? "" : response.body();
		if (response.statusCode() / 100 != 2) {
			throw new DeliveryFailure(scrub(webhook, "HTTP " + response.statusCode() + " " + shorten(body)));
		}
		String refusal = platformRefusal(webhook.platform(), body);
		if (refusal != null) {
			throw new DeliveryFailure(scrub(webhook, refusal));
		}
	}

	/** The platform's own error in a 200 answer, or null when it accepted the message. */
	String platformRefusal(ChatPlatform platform, String body) {
		if (platform != ChatPlatform.DINGTALK && platform != ChatPlatform.WECOM && platform != ChatPlatform.FEISHU) {
			return null; // Slack answers "ok", Teams 1 or 202 with an empty body; errors are HTTP statuses
		}
		JsonNode answer;
		try {
			answer = json.readTree(body);
		}
		catch (RuntimeException notJson) {
			return "unexpected answer: " + shorten(body);
		}
		for (String field : List.of("errcode", "code", "StatusCode")) {
			JsonNode code = answer.get(field);
			if (code != null && code.isNumber() && code.asLong() != 0) {
				JsonNode text = answer.has("errmsg") ? answer.get("errmsg") : answer.get("msg");
				return field + " " + code.asLong() + (text == null ? "" : ": " + shorten(text.asString()));
			}
		}
		return null;
	}

	/** Removes every part of the URL after the host and the secret from a text, in case the other side echoed them. */
	static String scrub(ChatWebhook webhook, String text) {
		List<String> sensitive = new ArrayList<>();
		URI uri = URI.create(webhook.url());
		if (uri.getRawPath() != null) {
			for (String segment : uri.getRawPath().split("/")) {
				if (segment.length() >= 6) {
					sensitive.add(segment);
				}
			}
		}
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.length() >= 4) {
					sensitive.add(value);
				}
			}
		}
		sensitive.add(webhook.url());
		if (webhook.signed()) {
			sensitive.add(webhook.secret());
		}
		String result = text;
		for (String secret : sensitive) {
			result = result.replace(secret, NotificationChannels.MASK);
		}
		return result;
	}

	private static String shorten(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= BODY_IN_ERROR ? oneLine : oneLine.substring(0, BODY_IN_ERROR) + "…";
	}

}
