package io.lodestar.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group-chat delivery end to end against a local webhook server: each platform's format and signature, the
 * retry schedule after HTTP errors and platform error codes, FAILED after the last attempt, "retry now"; email
 * is off here (no mail host), so no email deliveries exist. Webhook URLs and secrets are never shown back.
 */
@IntegrationTest
class NotificationDeliveryIntegrationTests {

	static final String TOKEN = "tok-SECRET-123456";

	static final String SECRET = "SEC-signing-secret-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	final WebhookTestServer server = newServer();

	private static WebhookTestServer newServer() {
		try {
			return new WebhookTestServer();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private UUID channel(String hrToken, String platform, String path, String secret, String... kinds) throws Exception {
		String body = json.writeValueAsString(Map.of("name", platform + " " + UUID.randomUUID().toString().substring(0, 8), "platform", platform, "webhookUrl",
				server.url(path), "secret", secret == null ? "" : secret, "kinds", List.of(kinds)));
		String created = mvc.perform(post("/api/v1/notification-channels").with(Api.bearer(hrToken))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(json.readTree(created).get("id").asString());
	}

	private void feedbackFor(Fixtures.Person person) {
		notifications.notify(person.tenantId(), person.employeeId(), NotificationKinds.FEEDBACK,
				"engagement.notification.feedback", List.of("Ann"), "/feedback");
	}

	private Map<String, Object> delivery(UUID tenant, UUID channel) {
		return jdbc.sql("select id, status, attempts, next_attempt_at, last_error from engagement_delivery "
				+ "where tenant_id = :t and chat_channel_id = :c")
			.param("t", tenant)
			.param("c", channel)
			.query((rs, row) -> {
				Map<String, Object> values = new java.util.HashMap<>();
				values.put("id", rs.getObject("id", UUID.class));
				values.put("status", rs.getString("status"));
				values.put("attempts", rs.getInt("attempts"));
				values.put("next_attempt_at", rs.getTimestamp("next_attempt_at").toInstant());
				values.put("last_error", rs.getString("last_error"));
				return values;
			})
			.single();
	}

	private static String hmacBase64(byte[] key, byte[] data) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(data));
	}

	private WebhookTestServer.Received requestTo(String path) {
		return server.requests.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
	}

	@Test
	void eachPlatformGetsItsOwnFormatAndSignature() throws Exception {
		var company = fixtures.company();
		String hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		channel(hr, "DINGTALK", "/dingtalk/robot/send?access_token=" + TOKEN, SECRET, "FEEDBACK");
		channel(hr, "WECOM", "/wecom/send?key=" + TOKEN, null, "FEEDBACK");
		channel(hr, "FEISHU", "/feishu/hook/" + TOKEN, SECRET, "FEEDBACK");
		channel(hr, "SLACK", "/slack/services/" + TOKEN, null, "FEEDBACK");
		channel(hr, "TEAMS", "/teams/webhook/" + TOKEN, null, "FEEDBACK");
		channel(hr, "SLACK", "/slack/awards-only", null, "AWARD");

		feedbackFor(company.employee());
		assertThat(jdbc.sql("select channel from engagement_delivery where tenant_id = :t").param("t", company.id())
			.query(String.class).list()).as("one per subscribed chat, no email without a mail server")
			.containsOnly("CHAT").hasSize(5);
		worker.sendDue(Instant.now());

		var dingTalk = requestTo("/dingtalk/robot/send");
		assertThat(dingTalk.headers().get("Content-type")).containsExactly("application/json; charset=utf-8");
		JsonNode dingBody = json.readTree(dingTalk.body());
		assertThat(dingBody.get("msgtype").asString()).isEqualTo("markdown");
		assertThat(dingBody.get("markdown").get("title").asString()).isEqualTo("Feedback received · Emma Employee");
		assertThat(dingBody.get("markdown").get("text").asString()).contains("Ann gave you feedback.")
			.contains("[Open in Lodestar](http://localhost:8080/feedback)");
		Map<String, String> query = new java.util.HashMap<>();
		for (String pair : dingTalk.rawQuery().split("&")) {
			query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		assertThat(query.get("access_token")).isEqualTo(TOKEN);
		String expectedSign = URLEncoder.encode(hmacBase64(SECRET.getBytes(StandardCharsets.UTF_8),
				(query.get("timestamp") + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
		assertThat(query.get("sign")).isEqualTo(expectedSign);
		assertThat(Long.parseLong(query.get("timestamp"))).isCloseTo(System.currentTimeMillis(),
				org.assertj.core.data.Offset.offset(60_000L));

		JsonNode weCom = json.readTree(requestTo("/wecom/send").body());
		assertThat(weCom.get("msgtype").asString()).isEqualTo("markdown");
		assertThat(weCom.get("markdown").get("content").asString()).startsWith("**Feedback received · Emma Employee**")
			.contains("Ann gave you feedback.");

		JsonNode feishu = json.readTree(requestTo("/feishu/hook/" + TOKEN).body());
		assertThat(feishu.get("msg_type").asString()).isEqualTo("post");
		assertThat(feishu.get("content").get("post").get("zh_cn").get("title").asString())
			.isEqualTo("Feedback received · Emma Employee");
		String timestamp = feishu.get("timestamp").asString();
		assertThat(feishu.get("sign").asString()).isEqualTo(
				hmacBase64((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8), new byte[0]));

		JsonNode slack = json.readTree(requestTo("/slack/services/" + TOKEN).body());
		assertThat(slack.get("blocks").get(0).get("text").get("text").asString())
			.contains("*Feedback received · Emma Employee*").contains("<http://localhost:8080/feedback|Open in Lodestar>");

		JsonNode teams = json.readTree(requestTo("/teams/webhook/" + TOKEN).body());
		assertThat(teams.get("attachments").get(0).get("contentType").asString())
			.isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(teams.get("attachments").get(0).get("content").get("actions").get(0).get("url").asString())
			.isEqualTo("http://localhost:8080/feedback");

		assertThat(server.requests.stream().map(WebhookTestServer.Received::path)).doesNotContain("/slack/awards-only");
		assertThat(jdbc.sql("select status from engagement_delivery where tenant_id = :t").param("t", company.id())
			.query(String.class).list()).containsOnly("SENT");
	}

	@Test
	void failuresAreRetriedOnTheScheduleThenFailedAndRetryNowSendsAgain() throws Exception {
		var company = fixtures.company();
		double retriedBefore = failedDeliveries(false);
		double givenUpBefore = failedDeliveries(true);
		String hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		UUID channel = channel(hr, "DINGTALK", "/robot/send?access_token=" + TOKEN, SECRET, "FEEDBACK");
		// the platform echoes the token: it must not end up in the error shown to administrators
		server.answer(500, "internal error for access_token=" + TOKEN);
		feedbackFor(company.employee());

		// a millisecond ahead: truncating could put "now" before a delivery created within the same millisecond
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
		worker.sendDue(now);
		List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(12));
		for (int attempt = 1; attempt <= waits.size(); attempt++) {
			Map<String, Object> row = delivery(company.id(), channel);
			assertThat(row.get("status")).as("after attempt %d", attempt).isEqualTo("PENDING");
			assertThat(row.get("attempts")).isEqualTo(attempt);
			Instant next = now.plus(waits.get(attempt - 1));
			assertThat(row.get("next_attempt_at")).isEqualTo(next);
			assertThat((String) row.get("last_error")).startsWith("HTTP 500").doesNotContain(TOKEN).doesNotContain(SECRET);
			// not a second earlier
			worker.sendDue(next.minusSeconds(1));
			assertThat(server.requests).hasSize(attempt);
			now = next;
			worker.sendDue(now);
		}
		assertThat(server.requests).hasSize(6);
		assertThat(delivery(company.id(), channel).get("status")).isEqualTo("FAILED");
		// operators see it in the metrics: five attempts retried, one given up (at least: the worker also tries
		// other tests' deliveries that are due)
		assertThat(failedDeliveries(false) - retriedBefore).isGreaterThanOrEqualTo(5);
		assertThat(failedDeliveries(true) - givenUpBefore).isGreaterThanOrEqualTo(1);
		worker.sendDue(now.plus(Duration.ofDays(2)));
		assertThat(server.requests).as("nothing after FAILED").hasSize(6);

		// the log shows it to HR, with the error and without the token
		String page = mvc.perform(get("/admin/notifications/deliveries").param("status", "FAILED")
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("HTTP 500").contains("Retry now").doesNotContain(TOKEN);
		UUID id = (UUID) delivery(company.id(), channel).get("id");
		mvc.perform(get("/api/v1/notification-deliveries").param("status", "FAILED").with(Api.bearer(hr)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].text").value("Ann gave you feedback."))
			.andExpect(jsonPath("$.items[0].attempts").value(6));

		// retry now: DingTalk answers 200 but refuses (errcode), which is a failure too
		mvc.perform(post("/api/v1/notification-deliveries/" + id + "/retry").with(Api.bearer(hr)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING"));
		server.answer(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
		worker.sendDue(Instant.now());
		assertThat(server.requests).hasSize(7);
		assertThat(delivery(company.id(), channel)).containsEntry("status", "PENDING").containsEntry("attempts", 1)
			.containsEntry("last_error", "errcode 310000: sign not match");

		// retry now in the page, and the platform takes it
		mvc.perform(post("/admin/notifications/deliveries/" + id + "/retry").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isFound());
		server.answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
		worker.sendDue(Instant.now());
		assertThat(server.requests).hasSize(8);
		assertThat(delivery(company.id(), channel).get("status")).isEqualTo("SENT");
		// a sent delivery is not sent twice
		mvc.perform(post("/api/v1/notification-deliveries/" + id + "/retry").with(Api.bearer(hr)))
			.andExpect(status().isConflict());
	}

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	private double failedDeliveries(boolean finalFailure) {
		return meters.get(io.lodestar.platform.operations.BusinessMetrics.DELIVERIES_FAILED)
			.tag("channel", "CHAT")
			.tag("final", Boolean.toString(finalFailure))
			.counter()
			.count();
	}

	@Test
	void webhookAndSecretAreStoredSealedAndNeverShownBack() throws Exception {
		var company = fixtures.company();
		String hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		UUID channel = channel(hr, "FEISHU", "/open-apis/bot/v2/hook/" + TOKEN, SECRET, "AWARD", "PRAISE");
		String api = mvc.perform(get("/api/v1/notification-channels/" + channel).with(Api.bearer(hr)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.webhookHint").value("127.0.0.1/••••"))
			.andExpect(jsonPath("$.signed").value(true))
			.andExpect(jsonPath("$.kinds[0]").value("AWARD"))
			.andReturn().getResponse().getContentAsString();
		assertThat(api).doesNotContain(TOKEN).doesNotContain(SECRET);
		for (String url : List.of("/admin/notifications", "/admin/notifications/channels/" + channel, "/admin/audit")) {
			assertThat(mvc.perform(get(url).with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString()).as(url).doesNotContain(TOKEN).doesNotContain(SECRET);
		}
		Map<String, Object> stored = jdbc.sql("select webhook_sealed, secret_sealed from engagement_chat_channel "
				+ "where tenant_id = :t and id = :id").param("t", company.id()).param("id", channel).query().singleRow();
		assertThat(stored.values()).allSatisfy(value -> assertThat((String) value).startsWith("v1:")
			.doesNotContain(TOKEN).doesNotContain(SECRET));

		// the test button posts now, in the company's language
		mvc.perform(post("/api/v1/notification-channels/" + channel + "/test").with(Api.bearer(hr)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.sent").value(true));
		assertThat(server.last().body()).contains("Lodestar test message");
		server.answer(200, "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour\"}");
		mvc.perform(post("/admin/notifications/channels/" + channel + "/test").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(post("/api/v1/notification-channels/" + channel + "/test").with(Api.bearer(hr)))
			.andExpect(jsonPath("$.sent").value(false))
			.andExpect(jsonPath("$.error").value("code 19021: sign match fail or timestamp is not within one hour"));

		// a changed name keeps the stored URL and secret
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
				"/api/v1/notification-channels/" + channel).with(Api.bearer(hr)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"飞书 HR 群\",\"platform\":\"FEISHU\",\"kinds\":[\"AWARD\"],\"enabled\":true,\"version\":0}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.signed").value(true)).andExpect(jsonPath("$.version").value(1));
		server.answer(200, "{\"code\":0,\"msg\":\"success\"}");
		mvc.perform(post("/api/v1/notification-channels/" + channel + "/test").with(Api.bearer(hr)))
			.andExpect(jsonPath("$.sent").value(true));
		assertThat(server.last().path()).isEqualTo("/open-apis/bot/v2/hook/" + TOKEN);
	}

	@Test
	void onlyHttpsWebhooksExceptOnThisMachine() throws Exception {
		var company = fixtures.company();
		String hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		mvc.perform(post("/api/v1/notification-channels").with(Api.bearer(hr)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"platform\":\"SLACK\",\"webhookUrl\":\"http://hooks.slack.com/services/x\","
					+ "\"kinds\":[\"AWARD\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("webhookUrl"));
		mvc.perform(post("/admin/notifications/channels/new").param("name", "x").param("platform", "WECOM")
			.param("webhookUrl", "ftp://qyapi.weixin.qq.com/x").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from engagement_chat_channel where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void employeesAreRefusedAndNoCompanySeesAnothersChannelsOrDeliveries() throws Exception {
		var a = fixtures.company();
		var b = fixtures.company();
		String hrOfB = fixtures.token(b.hr(), TokenScope.READ, TokenScope.WRITE);
		UUID channelOfB = channel(hrOfB, "WECOM", "/b?key=" + TOKEN, null, "FEEDBACK");
		feedbackFor(b.employee());
		UUID deliveryOfB = (UUID) delivery(b.id(), channelOfB).get("id");

		for (String page : List.of("/admin/notifications", "/admin/notifications/deliveries",
				"/admin/notifications/channels/new", "/admin/notifications/channels/" + channelOfB)) {
			mvc.perform(get(page).with(Fixtures.as(a.employee()))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/notifications/deliveries/" + deliveryOfB + "/retry").with(Fixtures.as(a.employee()))
			.with(csrf())).andExpect(status().isForbidden());
		String employee = fixtures.token(a.employee(), TokenScope.READ, TokenScope.WRITE);
		for (String call : List.of("/api/v1/notification-channels", "/api/v1/notification-deliveries",
				"/api/v1/notification-preferences/company")) {
			mvc.perform(get(call).with(Api.bearer(employee))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/me/notification-preferences").with(Api.bearer(employee))).andExpect(status().isOk());

		String hrOfA = fixtures.token(a.hr(), TokenScope.READ, TokenScope.WRITE);
		mvc.perform(get("/api/v1/notification-deliveries").with(Api.bearer(hrOfA)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/v1/notification-channels").with(Api.bearer(hrOfA)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/notification-deliveries/" + deliveryOfB).with(Api.bearer(hrOfA)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notification-deliveries/" + deliveryOfB + "/retry").with(Api.bearer(hrOfA)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notification-channels/" + channelOfB + "/test").with(Api.bearer(hrOfA)))
			.andExpect(status().isNotFound());
		assertThat(server.requests).isEmpty();
		String log = mvc.perform(get("/admin/notifications/deliveries").with(Fixtures.as(a.hr()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(log).doesNotContain("Emma Employee").contains("No deliveries.");
	}

}
