package io.lodestar.engagement.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bot message formats and signing, against recorded examples and independently computed signatures. */
class ChatMessagesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Instant NOW = Instant.ofEpochMilli(1_700_000_000_000L);

	static final String SECRET = "SEC0123456789abcdef";

	static final String TEXT = "请在周五前完成第三季度的 KPI 自评。\n有问题请联系 HR & 直属经理 <张三>。";

	static final String LINK = "https://lodestar.example.com/checkins/42?tab=self&lang=zh";

	static final ChatMessage MESSAGE = new ChatMessage("季度复盘提醒", TEXT, LINK, "去填写");

	static final String DINGTALK_URL = "https://oapi.dingtalk.com/robot/send?access_token=abc123";

	static final String FEISHU_URL = "https://open.feishu.cn/open-apis/bot/v2/hook/0000-1111";

	static String urlFor(ChatPlatform platform) {
		return switch (platform) {
			case DINGTALK -> DINGTALK_URL;
			case WECOM -> "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6";
			case FEISHU -> FEISHU_URL;
			case SLACK -> "https://hooks.slack.com/services/T000/B000/XXXX";
			case TEAMS -> "https://example.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi";
		};
	}

	static OutgoingRequest request(ChatPlatform platform, String secret, ChatMessage message) {
		return ChatMessages.request(new ChatWebhook(platform, urlFor(platform), secret), message, NOW);
	}

	static JsonNode body(OutgoingRequest request) {
		return JSON.readTree(request.body());
	}

	static JsonNode resource(String name) throws IOException {
		try (InputStream in = ChatMessagesTests.class.getResourceAsStream("/channels/" + name)) {
			assertThat(in).as(name).isNotNull();
			return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	// Recorded examples ------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0} secret={1} -> {2}")
	@CsvSource(nullValues = "-", value = {
			"DINGTALK, -, dingtalk-markdown.json",
			"DINGTALK, SEC0123456789abcdef, dingtalk-markdown.json",
			"WECOM, -, wecom-markdown.json",
			"FEISHU, -, feishu-post.json",
			"FEISHU, SEC0123456789abcdef, feishu-post-signed.json",
			"SLACK, -, slack-blocks.json",
			"TEAMS, -, teams-adaptive-card.json" })
	void matchesRecordedExample(ChatPlatform platform, String secret, String file) throws IOException {
		OutgoingRequest request = request(platform, secret, MESSAGE);

		assertThat(body(request)).isEqualTo(resource(file));
		assertThat(request.headers()).containsExactly(
				java.util.Map.entry("Content-Type", "application/json; charset=utf-8"));
		// Chinese goes out as UTF-8, not as \\u escapes (either is valid JSON; this keeps bodies small)
		assertThat(request.body()).contains("季度复盘提醒");
	}

	// Signing vectors --------------------------------------------------------------------------------------

	@Test
	void dingTalkSignsInTheUrlWithMillisecondsAndTheSecretAsKey() throws Exception {
		long timestamp = 1_700_000_000_000L;
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] signData = mac.doFinal((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8));
		String expectedSign = URLEncoder.encode(Base64.getEncoder().encodeToString(signData), StandardCharsets.UTF_8);
		// and as computed by the Python sample in the DingTalk documentation (hmac + base64 + quote_plus)
		assertThat(expectedSign).isEqualTo("TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D");

		OutgoingRequest request = request(ChatPlatform.DINGTALK, SECRET, MESSAGE);

		assertThat(request.url())
			.isEqualTo(DINGTALK_URL + "&timestamp=1700000000000&sign=" + expectedSign);
		assertThat(body(request).has("timestamp")).isFalse();
		assertThat(body(request).has("sign")).isFalse();
	}

	@Test
	void dingTalkStartsTheQueryWhenTheUrlHasNone() {
		ChatWebhook webhook = new ChatWebhook(ChatPlatform.DINGTALK, "https://oapi.dingtalk.com/robot/send", SECRET);

		String url = ChatMessages.request(webhook, MESSAGE, NOW).url();

		assertThat(url).startsWith("https://oapi.dingtalk.com/robot/send?timestamp=1700000000000&sign=");
		assertThat(url).doesNotContain("&timestamp");
		assertThat(url.substring(url.indexOf("sign=") + 5)).doesNotContain("+", "/", "=");
	}

	@Test
	void feishuSignsInTheBodyWithSecondsAndTheStringToSignAsKey() throws Exception {
		long timestamp = 1_700_000_000L;
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expectedSign = Base64.getEncoder().encodeToString(mac.doFinal(new byte[0]));
		assertThat(expectedSign).isEqualTo("PiO7POLlSx/DM2qf8Dy/XCWeJK3exVnevp5G99LEN2M=");

		OutgoingRequest request = request(ChatPlatform.FEISHU, SECRET, MESSAGE);

		JsonNode body = body(request);
		assertThat(request.url()).isEqualTo(FEISHU_URL);
		assertThat(body.get("timestamp").isString()).isTrue();
		assertThat(body.get("timestamp").asString()).isEqualTo("1700000000");
		assertThat(body.get("sign").asString()).isEqualTo(expectedSign);
	}

	@Test
	void signingUsesTheGivenInstantNotTheClock() {
		Instant later = NOW.plusSeconds(90).plusMillis(123);
		ChatWebhook dingTalk = new ChatWebhook(ChatPlatform.DINGTALK, DINGTALK_URL, SECRET);
		ChatWebhook feishu = new ChatWebhook(ChatPlatform.FEISHU, FEISHU_URL, SECRET);

		assertThat(ChatMessages.request(dingTalk, MESSAGE, later).url()).contains("timestamp=1700000090123&");
		assertThat(body(ChatMessages.request(feishu, MESSAGE, later)).get("timestamp").asString())
			.isEqualTo("1700000090");
	}

	// No secret, no signing --------------------------------------------------------------------------------

	@ParameterizedTest
	@EnumSource(ChatPlatform.class)
	void withoutASecretNothingIsSigned(ChatPlatform platform) {
		for (String secret : new String[] { null, "", "  " }) {
			OutgoingRequest request = request(platform, secret, MESSAGE);

			assertThat(request.url()).isEqualTo(urlFor(platform));
			assertThat(body(request).has("sign")).isFalse();
			assertThat(body(request).has("timestamp")).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(value = ChatPlatform.class, names = { "WECOM", "SLACK", "TEAMS" })
	void platformsThatDoNotSignIgnoreASecret(ChatPlatform platform) {
		assertThat(request(platform, SECRET, MESSAGE)).isEqualTo(request(platform, null, MESSAGE));
	}

	// Escaping ---------------------------------------------------------------------------------------------

	static final String TRICKY = "He said \"hi\" \\ back\nline 2\ttab \u0001 </script> {\"x\":1} 中文 😀";

	@ParameterizedTest
	@EnumSource(ChatPlatform.class)
	void userTextSurvivesJsonEscaping(ChatPlatform platform) {
		ChatMessage message = new ChatMessage("Title \"quoted\"\n2nd", TRICKY, null, null);

		JsonNode body = body(request(platform, null, message));

		String text = switch (platform) {
			case DINGTALK -> body.at("/markdown/text").asString();
			case WECOM -> body.at("/markdown/content").asString();
			case FEISHU -> body.at("/content/post/zh_cn/content/0/0/text").asString();
			case SLACK -> body.at("/blocks/0/text/text").asString();
			case TEAMS -> body.at("/attachments/0/content/body/1/text").asString();
		};
		String expected = platform == ChatPlatform.SLACK ? ChatMessages.slackEscape(TRICKY) : TRICKY;
		assertThat(text).contains(expected);
		assertThat(body.size()).as("no injected top-level fields").isEqualTo(2);
	}

	@Test
	void titlesAreOneLine() {
		ChatMessage message = ChatMessage.of("  Title \"quoted\"\r\n  2nd \n", "t");

		assertThat(message.title()).isEqualTo("Title \"quoted\" 2nd");
		assertThat(body(request(ChatPlatform.DINGTALK, null, message)).at("/markdown/text").asString())
			.startsWith("#### Title \"quoted\" 2nd\n\n");
	}

	@Test
	void slackEscapesItsControlCharactersEverywhere() {
		ChatMessage message = new ChatMessage("A&B <b>", "x < y && y > z <!channel> <@U123>",
				"https://example.com/?a=1&b=2", "Open <it> & see | more");

		JsonNode body = body(request(ChatPlatform.SLACK, null, message));

		String section = body.at("/blocks/0/text/text").asString();
		assertThat(section).isEqualTo("*A&amp;B &lt;b&gt;*\n"
				+ "x &lt; y &amp;&amp; y &gt; z &lt;!channel&gt; &lt;@U123&gt;\n"
				+ "<https://example.com/?a=1&amp;b=2|Open &lt;it&gt; &amp; see ¦ more>");
		assertThat(body.get("text").asString()).isEqualTo("A&amp;B &lt;b&gt;\nx &lt; y &amp;&amp; y &gt; z "
				+ "&lt;!channel&gt; &lt;@U123&gt;");
		assertThat(body.at("/blocks/0/text/type").asString()).isEqualTo("mrkdwn");
	}

	@Test
	void markdownLinksStayOneLink() {
		ChatMessage message = new ChatMessage("T", "t", "https://example.com/a_(b)", "see [this]");

		String dingTalk = body(request(ChatPlatform.DINGTALK, null, message)).at("/markdown/text").asString();
		String weCom = body(request(ChatPlatform.WECOM, null, message)).at("/markdown/content").asString();

		assertThat(dingTalk).endsWith("\n\n[see \\[this\\]](https://example.com/a_%28b%29)");
		assertThat(weCom).endsWith("\n[see \\[this\\]](https://example.com/a_%28b%29)");
	}

	// Link-less messages -----------------------------------------------------------------------------------

	@Test
	void aMessageWithoutALinkHasNoLinkPart() {
		ChatMessage message = ChatMessage.of("评审提醒", "你有 2 条待评审的目标。");

		assertThat(body(request(ChatPlatform.DINGTALK, null, message)).at("/markdown/text").asString())
			.isEqualTo("#### 评审提醒\n\n你有 2 条待评审的目标。");
		assertThat(body(request(ChatPlatform.WECOM, null, message)).at("/markdown/content").asString())
			.isEqualTo("**评审提醒**\n你有 2 条待评审的目标。");
		JsonNode feishu = body(request(ChatPlatform.FEISHU, null, message)).at("/content/post/zh_cn/content");
		assertThat(feishu.size()).isEqualTo(1);
		assertThat(feishu.at("/0/0/tag").asString()).isEqualTo("text");
		assertThat(body(request(ChatPlatform.SLACK, null, message)).at("/blocks/0/text/text").asString())
			.isEqualTo("*评审提醒*\n你有 2 条待评审的目标。");
		JsonNode card = body(request(ChatPlatform.TEAMS, null, message)).at("/attachments/0/content");
		assertThat(card.has("actions")).isFalse();
		assertThat(card.get("body").size()).isEqualTo(2);
	}

	@Test
	void aLinkWithoutALabelShowsTheLink() {
		ChatMessage message = new ChatMessage("T", "t", "https://example.com/x", " ");

		assertThat(message.linkLabel()).isEqualTo("https://example.com/x");
		assertThat(body(request(ChatPlatform.TEAMS, null, message)).at("/attachments/0/content/actions/0/title")
			.asString()).isEqualTo("https://example.com/x");
	}

	// Truncation -------------------------------------------------------------------------------------------

	@ParameterizedTest
	@EnumSource(value = ChatPlatform.class, names = { "DINGTALK", "WECOM" })
	void longMarkdownIsTruncatedToFourKilobytesKeepingTitleAndLink(ChatPlatform platform) {
		String longText = "绩效".repeat(1500) + "😀".repeat(500); // 9000 + 2000 bytes
		ChatMessage message = new ChatMessage("季度复盘提醒", longText, LINK, "去填写");

		JsonNode body = body(request(platform, null, message));

		String markdown = platform == ChatPlatform.DINGTALK ? body.at("/markdown/text").asString()
				: body.at("/markdown/content").asString();
		assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096)
			.isGreaterThan(4096 - 4);
		assertThat(markdown).contains("季度复盘提醒").endsWith("…" + (platform == ChatPlatform.DINGTALK ? "\n\n" : "\n")
				+ "[去填写](" + LINK + ")");
		assertThat(markdown).doesNotContain("\uFFFD");
	}

	@Test
	void truncationNeverSplitsACodePoint() {
		String emoji = "😀".repeat(2000); // 4 bytes each
		for (int max = 3; max < 20; max++) {
			String cut = ChatMessages.cutUtf8(emoji, max);
			assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(max);
			assertThat(cut).endsWith("…");
			assertThat(new String(cut.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).as("no lone surrogate")
				.isEqualTo(cut);
		}
		assertThat(ChatMessages.cutUtf8("short", 4096)).isEqualTo("short");
	}

	@Test
	void markdownExactlyAtTheLimitIsNotTruncated() {
		String prefix = "#### T\n\n";
		String text = "a".repeat(4096 - prefix.length());
		ChatMessage message = ChatMessage.of("T", text);

		String markdown = body(request(ChatPlatform.DINGTALK, null, message)).at("/markdown/text").asString();

		assertThat(markdown).isEqualTo(prefix + text).doesNotContain("…");
		String oneMore = body(request(ChatPlatform.DINGTALK, null, ChatMessage.of("T", text + "b")))
			.at("/markdown/text").asString();
		assertThat(oneMore).endsWith("…").hasSizeLessThanOrEqualTo(4096);
	}

	@Test
	void slackSectionTextIsTruncatedToThreeThousandCharacters() {
		ChatMessage message = new ChatMessage("T", "<&>".repeat(2000), LINK, "go");

		String section = body(request(ChatPlatform.SLACK, null, message)).at("/blocks/0/text/text").asString();

		assertThat(section).hasSizeLessThanOrEqualTo(3000).startsWith("*T*\n&lt;&amp;&gt;")
			.endsWith("…\n<https://lodestar.example.com/checkins/42?tab=self&amp;lang=zh|go>");
		// never cut inside an entity
		String text = section.substring(4, section.indexOf('…'));
		assertThat(text.replace("&lt;", "").replace("&amp;", "").replace("&gt;", "")).isEmpty();
	}

	// Validation -------------------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "http://oapi.dingtalk.com/robot/send?access_token=x", "ftp://example.com/hook",
			"/robot/send", "oapi.dingtalk.com/robot/send", "https:///nohost", "https://example.com/hook#frag",
			"not a url", "http://localhost.evil.com/hook" })
	void refusesWebhookUrlsThatAreNotHttps(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ChatWebhook(ChatPlatform.DINGTALK, url, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8089/hook", "http://127.0.0.1/hook", "http://[::1]:9000/x",
			"https://oapi.dingtalk.com/robot/send?access_token=x" })
	void acceptsHttpsAndLocalHttp(String url) {
		assertThat(new ChatWebhook(ChatPlatform.SLACK, url, null).url()).isEqualTo(url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "/checkins/42", "mailto:hr@example.com", "ftp://x.example/y",
			"https://", "https://exa mple.com" })
	void refusesLinksThatAreNotAbsoluteHttp(String link) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ChatMessage("T", "t", link, "go"));
	}

	@Test
	void refusesABlankTitleAndALabelWithoutALink() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChatMessage.of(" ", "t"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ChatMessage("T", "t", null, "go"));
	}

	@Test
	void doesNotLeakTheSecretOrTokenInToString() {
		ChatWebhook webhook = new ChatWebhook(ChatPlatform.DINGTALK, DINGTALK_URL, SECRET);

		assertThat(webhook.toString()).doesNotContain(SECRET).doesNotContain("abc123");
		assertThat(ChatMessages.request(webhook, MESSAGE, NOW).toString()).doesNotContain("abc123");
	}

}
