package io.lodestar.engagement.channels;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link ChatMessage} into the request a platform's group-bot webhook expects: its documented JSON
 * format and, where the webhook has a secret, its signature. Pure: no I/O, the clock is a parameter.
 * <p>
 * Every body is built as a Jackson tree and serialised by Jackson (UTF-8, never by concatenating user text
 * into JSON), so quotes, backslashes, line breaks and control characters in titles and texts are always
 * escaped correctly. All requests carry {@code Content-Type: application/json; charset=utf-8}.
 * <p>
 * Formats and where they are documented:
 * <ul>
 * <li><b>DingTalk</b> custom robot (自定义机器人), {@code markdown} message; "加签" signing: timestamp in epoch
 * milliseconds, {@code sign = urlEncode(base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)))},
 * both added as query parameters. Source: DingTalk open platform, "自定义机器人安全设置 / 加签" and
 * "自定义机器人发送群消息 / 消息类型" (open.dingtalk.com/document/robots/customize-robot-security-settings,
 * open.dingtalk.com/document/development/robot-message-type).</li>
 * <li><b>WeCom</b> group robot (群机器人), {@code markdown} message, {@code markdown.content} at most 4096 bytes
 * UTF-8; no signing, the {@code key} is in the URL. Source: "群机器人配置说明"
 * (developer.work.weixin.qq.com/document/path/91770).</li>
 * <li><b>Feishu</b> custom bot (自定义机器人), {@code post} (rich text) message in {@code zh_cn}; "签名校验":
 * timestamp in epoch <em>seconds</em>,
 * {@code sign = base64(HmacSHA256(key = timestamp + "\n" + secret, data = empty))}, both added to the body as
 * strings. Note the key/data order is the reverse of DingTalk's. Source: "自定义机器人使用指南"
 * (open.feishu.cn/document/client-docs/bot-v3/add-custom-bot), including its Java SignDemo.</li>
 * <li><b>Slack</b> incoming webhook, {@code text} fallback plus one {@code section} block with {@code mrkdwn}
 * text; {@code &}, {@code <}, {@code >} escaped as HTML entities because Slack uses them as control characters.
 * Sources: api.slack.com/messaging/webhooks, api.slack.com/reference/surfaces/formatting#escaping,
 * api.slack.com/reference/block-kit/blocks#section (section text at most 3000 characters).</li>
 * <li><b>Microsoft Teams</b> incoming webhook, a {@code message} with one Adaptive Card 1.4 attachment
 * ({@code application/vnd.microsoft.card.adaptive}), an {@code Action.OpenUrl} for the link. Source:
 * learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using#send-adaptive-cards-using-an-incoming-webhook.
 * Adaptive Card TextBlocks render a Markdown subset; plain text is passed as is.</li>
 * </ul>
 * <p>
 * <b>Length limits.</b> DingTalk and WeCom markdown text is limited to {@value #MARKDOWN_MAX_BYTES} bytes of
 * UTF-8; Slack section text to {@value #SLACK_SECTION_MAX_CHARS} characters. A longer message is
 * <em>truncated</em>, not refused: the body text is cut at a code point boundary and ends with "…", keeping the
 * title and the link intact (only if title and link alone exceed the limit is the whole markdown cut).
 * Feishu and Teams are not truncated (their limits are on the whole request, ~20–30 KB, far above Lodestar's
 * 2000-character messages).
 * <p>
 * Markdown platforms (DingTalk, WeCom): the text is inserted as is, so Markdown in it is rendered; square
 * brackets in a link label and parentheses in a link are escaped so the link line stays one link.
 */
public final class ChatMessages {

	/** DingTalk and WeCom markdown text limit, in UTF-8 bytes. */
	public static final int MARKDOWN_MAX_BYTES = 4096;

	/** Slack section block text limit, in characters. */
	public static final int SLACK_SECTION_MAX_CHARS = 3000;

	/** The header every request carries. */
	public static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json; charset=utf-8");

	static final String ELLIPSIS = "…";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChatMessages() {
	}

	/**
	 * The request to POST to {@code webhook} to post {@code message}.
	 *
	 * @param webhook the bot webhook (platform, URL, optional secret)
	 * @param message the message
	 * @param now the signing time (only DingTalk and Feishu use it, and only with a secret)
	 * @return the URL, JSON body and headers to send
	 */
	public static OutgoingRequest request(ChatWebhook webhook, ChatMessage message, Instant now) {
		Objects.requireNonNull(webhook, "webhook");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(now, "now");
		return switch (webhook.platform()) {
			case DINGTALK -> dingTalk(webhook, message, now);
			case WECOM -> weCom(webhook, message);
			case FEISHU -> feishu(webhook, message, now);
			case SLACK -> slack(webhook, message);
			case TEAMS -> teams(webhook, message);
		};
	}

	// DingTalk -----------------------------------------------------------------------------------------------

	private static OutgoingRequest dingTalk(ChatWebhook webhook, ChatMessage message, Instant now) {
		String prefix = "#### " + message.title() + "\n\n";
		String suffix = message.hasLink() ? "\n\n" + markdownLink(message) : "";
		ObjectNode body = JSON.createObjectNode();
		body.put("msgtype", "markdown");
		ObjectNode markdown = body.putObject("markdown");
		markdown.put("title", message.title());
		markdown.put("text", fitUtf8(prefix, message.text(), suffix, MARKDOWN_MAX_BYTES));
		String url = webhook.url();
		if (webhook.signed()) {
			long timestamp = now.toEpochMilli();
			url = withQuery(url, "timestamp=" + timestamp + "&sign=" + dingTalkSign(timestamp, webhook.secret()));
		}
		return new OutgoingRequest(url, JSON.writeValueAsString(body), JSON_HEADERS);
	}

	/** DingTalk "加签": URL-encoded Base64 of HmacSHA256 with the secret as key over "timestamp\nsecret". */
	static String dingTalkSign(long timestampMillis, String secret) {
		byte[] mac = hmacSha256(secret.getBytes(StandardCharsets.UTF_8),
				(timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
		return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
	}

	// WeCom --------------------------------------------------------------------------------------------------

	private static OutgoingRequest weCom(ChatWebhook webhook, ChatMessage message) {
		String prefix = "**" + message.title() + "**\n";
		String suffix = message.hasLink() ? "\n" + markdownLink(message) : "";
		ObjectNode body = JSON.createObjectNode();
		body.put("msgtype", "markdown");
		body.putObject("markdown").put("content", fitUtf8(prefix, message.text(), suffix, MARKDOWN_MAX_BYTES));
		return new OutgoingRequest(webhook.url(), JSON.writeValueAsString(body), JSON_HEADERS);
	}

	// Feishu -------------------------------------------------------------------------------------------------

	private static OutgoingRequest feishu(ChatWebhook webhook, ChatMessage message, Instant now) {
		ObjectNode body = JSON.createObjectNode();
		if (webhook.signed()) {
			long timestamp = now.getEpochSecond();
			body.put("timestamp", Long.toString(timestamp));
			body.put("sign", feishuSign(timestamp, webhook.secret()));
		}
		body.put("msg_type", "post");
		ObjectNode zhCn = body.putObject("content").putObject("post").putObject("zh_cn");
		zhCn.put("title", message.title());
		ArrayNode lines = zhCn.putArray("content");
		lines.addArray().addObject().put("tag", "text").put("text", message.text());
		if (message.hasLink()) {
			lines.addArray().addObject().put("tag", "a").put("text", message.linkLabel()).put("href", message.link());
		}
		return new OutgoingRequest(webhook.url(), JSON.writeValueAsString(body), JSON_HEADERS);
	}

	/** Feishu "签名校验": Base64 of HmacSHA256 keyed with "timestamp\nsecret" over an empty message. */
	static String feishuSign(long timestampSeconds, String secret) {
		byte[] mac = hmacSha256((timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]);
		return Base64.getEncoder().encodeToString(mac);
	}

	// Slack --------------------------------------------------------------------------------------------------

	private static OutgoingRequest slack(ChatWebhook webhook, ChatMessage message) {
		String prefix = "*" + slackEscape(message.title()) + "*\n";
		String suffix = message.hasLink()
				? "\n<" + slackEscape(message.link()) + "|" + slackEscape(message.linkLabel()).replace('|', '¦') + ">"
				: "";
		int budget = SLACK_SECTION_MAX_CHARS - prefix.length() - suffix.length();
		String text = slackEscapeWithin(message.text(), Math.max(budget, 0));
		String section = prefix + text + suffix;
		if (section.length() > SLACK_SECTION_MAX_CHARS) { // title and link alone are too long: cut the whole
			section = cutChars(section, SLACK_SECTION_MAX_CHARS);
		}
		ObjectNode body = JSON.createObjectNode();
		// The top-level text is the notification / fallback; it is mrkdwn-parsed too, so it is escaped as well.
		body.put("text", slackEscape(message.title()) + "\n" + text);
		ObjectNode block = body.putArray("blocks").addObject();
		block.put("type", "section");
		block.putObject("text").put("type", "mrkdwn").put("text", section);
		return new OutgoingRequest(webhook.url(), JSON.writeValueAsString(body), JSON_HEADERS);
	}

	/** Slack's control characters as HTML entities (only these three, as Slack asks). */
	static String slackEscape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** Escapes {@code s} for Slack, cutting it (with "…") so the escaped result has at most {@code max} chars. */
	private static String slackEscapeWithin(String s, int max) {
		String escaped = slackEscape(s);
		if (escaped.length() <= max) {
			return escaped;
		}
		StringBuilder out = new StringBuilder();
		int limit = max - ELLIPSIS.length();
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			String piece = slackEscape(new String(Character.toChars(cp)));
			if (out.length() + piece.length() > limit) {
				break;
			}
			out.append(piece);
			i += Character.charCount(cp);
		}
		return limit < 0 ? "" : out.append(ELLIPSIS).toString();
	}

	private static String cutChars(String s, int max) {
		int end = max - ELLIPSIS.length();
		if (end > 0 && Character.isLowSurrogate(s.charAt(end))) {
			end--;
		}
		return s.substring(0, Math.max(end, 0)) + ELLIPSIS;
	}

	// Teams --------------------------------------------------------------------------------------------------

	private static OutgoingRequest teams(ChatWebhook webhook, ChatMessage message) {
		ObjectNode body = JSON.createObjectNode();
		body.put("type", "message");
		ObjectNode attachment = body.putArray("attachments").addObject();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		ObjectNode card = attachment.putObject("content");
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("type", "AdaptiveCard");
		card.put("version", "1.4");
		ArrayNode cardBody = card.putArray("body");
		cardBody.addObject().put("type", "TextBlock").put("text", message.title()).put("weight", "Bolder").put("wrap", true);
		cardBody.addObject().put("type", "TextBlock").put("text", message.text()).put("wrap", true);
		if (message.hasLink()) {
			card.putArray("actions")
				.addObject()
				.put("type", "Action.OpenUrl")
				.put("title", message.linkLabel())
				.put("url", message.link());
		}
		return new OutgoingRequest(webhook.url(), JSON.writeValueAsString(body), JSON_HEADERS);
	}

	// Shared -------------------------------------------------------------------------------------------------

	/** {@code [label](link)} with the label's brackets and the link's parentheses escaped. */
	private static String markdownLink(ChatMessage message) {
		String label = message.linkLabel().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
		String link = message.link().replace("(", "%28").replace(")", "%29");
		return "[" + label + "](" + link + ")";
	}

	/**
	 * {@code prefix + text + suffix}, with {@code text} cut (ending in "…") so that the whole is at most
	 * {@code maxBytes} bytes of UTF-8; if prefix and suffix alone do not fit, the whole string is cut.
	 */
	static String fitUtf8(String prefix, String text, String suffix, int maxBytes) {
		String whole = prefix + text + suffix;
		if (utf8Length(whole) <= maxBytes) {
			return whole;
		}
		int budget = maxBytes - utf8Length(prefix) - utf8Length(suffix);
		if (budget >= utf8Length(ELLIPSIS)) {
			return prefix + cutUtf8(text, budget) + suffix;
		}
		return cutUtf8(whole, maxBytes);
	}

	/** {@code s} cut at a code point boundary so that it plus "…" takes at most {@code maxBytes} bytes. */
	static String cutUtf8(String s, int maxBytes) {
		if (utf8Length(s) <= maxBytes) {
			return s;
		}
		int limit = maxBytes - utf8Length(ELLIPSIS);
		int bytes = 0;
		int i = 0;
		while (i < s.length()) {
			int cp = s.codePointAt(i);
			int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
			if (bytes + size > limit) {
				break;
			}
			bytes += size;
			i += Character.charCount(cp);
		}
		return s.substring(0, i) + ELLIPSIS;
	}

	static int utf8Length(String s) {
		return s.getBytes(StandardCharsets.UTF_8).length;
	}

	private static String withQuery(String url, String params) {
		if (url.endsWith("?") || url.endsWith("&")) {
			return url + params;
		}
		return url + (url.indexOf('?') >= 0 ? "&" : "?") + params;
	}

	private static byte[] hmacSha256(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
