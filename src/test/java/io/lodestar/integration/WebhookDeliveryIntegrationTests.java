package io.lodestar.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;

import io.lodestar.appraisal.AppraisalCycleClosed;
import io.lodestar.okr.ObjectiveApproved;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Outgoing webhooks end to end against an in-process receiver that checks the signature: events become
 * outbox rows in the change's transaction, failures are retried on the backoff schedule until accepted or
 * failed for good, the delivery log shows every attempt, "redeliver" sends the same event again, and targets on
 * private networks are refused.
 */
@IntegrationTest
class WebhookDeliveryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WebhookWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	HttpServer receiver;

	/** What the receiver got: signature verified or not, headers and body. */
	record Received(boolean signatureValid, String eventId, String type, String body) {
	}

	final List<Received> received = new CopyOnWriteArrayList<>();

	/** The receiver answers 500 until this many requests came in, then 200. */
	final AtomicInteger failFirst = new AtomicInteger();

	volatile String secret;

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress(0), 0);
		receiver.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String timestamp = exchange.getRequestHeaders().getFirst("Lodestar-Timestamp");
			String signature = exchange.getRequestHeaders().getFirst("Lodestar-Signature");
			boolean valid = secret != null && timestamp != null
					&& WebhookSigner.sign(secret, Long.parseLong(timestamp), body).equals(signature)
					&& Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 86_400;
			received.add(new Received(valid, exchange.getRequestHeaders().getFirst("Lodestar-Event-Id"),
					exchange.getRequestHeaders().getFirst("Lodestar-Event-Type"), body));
			int status = received.size() <= failFirst.get() ? 500 : (valid ? 204 : 401);
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop(0);
	}

	private String url() {
		return "http://localhost:" + receiver.getAddress().getPort() + "/hook";
	}

	private UUID createWebhook(Fixtures.Company company, String kinds) throws Exception {
		String created = mvc.perform(post("/api/v1/integration/webhooks").with(Fixtures.as(company.hr())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Payroll\", \"url\": \"" + url() + "\", \"eventKinds\": [" + kinds
					+ "], \"active\": true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("whsec_")))
			.andReturn().getResponse().getContentAsString();
		secret = JsonPath.read(created, "$.secret");
		assertThat(jdbc.sql("select secret_sealed from integration_webhook where tenant_id = :t")
			.param("t", company.id()).query(String.class).single()).doesNotContain(secret);
		return UUID.fromString(JsonPath.read(created, "$.webhook.id"));
	}

	private Map<String, Object> delivery(UUID webhook) {
		return jdbc.sql("select status, attempts, last_status_code, next_attempt_at, event_id from "
				+ "integration_webhook_delivery where webhook_id = :w").param("w", webhook).query().singleRow();
	}

	@Test
	void aFailingReceiverGetsTheSameSignedEventAgainWithBackoffUntilItAccepts() throws Exception {
		var company = fixtures.company();
		UUID webhook = createWebhook(company, "\"EMPLOYEE_LEFT\"");
		failFirst.set(2);
		mvc.perform(post("/api/v1/employees/{id}/departure", company.employee().employeeId())
			.with(Fixtures.as(company.hr())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"lastDay\": \"2026-04-30\", \"reason\": \"Resigned\"}"))
			.andExpect(status().isOk());

		Instant now = Instant.now();
		worker.sendDue(now);
		assertThat(delivery(webhook)).containsEntry("status", "PENDING").containsEntry("attempts", 1)
			.containsEntry("last_status_code", 500);
		worker.sendDue(now.plusSeconds(30)); // not due yet: the first retry waits a minute
		assertThat(received).hasSize(1);
		worker.sendDue(now.plus(Duration.ofMinutes(1)));
		assertThat(delivery(webhook)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
		worker.sendDue(now.plus(Duration.ofMinutes(6)));
		assertThat(delivery(webhook)).containsEntry("status", "SENT").containsEntry("attempts", 3)
			.containsEntry("last_status_code", 204);

		assertThat(received).hasSize(3).allMatch(Received::signatureValid);
		assertThat(received).extracting(Received::eventId).containsOnly(delivery(webhook).get("event_id").toString());
		Received last = received.get(2);
		assertThat(last.type()).isEqualTo("employee.left");
		assertThat(JsonPath.<String>read(last.body(), "$.type")).isEqualTo("employee.left");
		assertThat(JsonPath.<String>read(last.body(), "$.data.employeeId"))
			.isEqualTo(company.employee().employeeId().toString());
		assertThat(last.body()).doesNotContain(company.employee().name()).doesNotContain(company.id().toString());

		String log = mvc.perform(get("/admin/webhooks/{id}", webhook).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(log).contains("Delivered").contains("HTTP 204").contains("data-test=\"attempts\">3<");
		mvc.perform(get("/api/v1/integration/webhooks/{id}/deliveries", webhook).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("SENT"))
			.andExpect(jsonPath("$[0].attempts").value(3));

		// redeliver: the same event id and body again, with a fresh set of attempts
		UUID deliveryId = jdbc.sql("select id from integration_webhook_delivery where webhook_id = :w")
			.param("w", webhook).query(UUID.class).single();
		mvc.perform(post("/admin/webhook-deliveries/{id}/redeliver", deliveryId).with(Fixtures.as(company.hr()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(delivery(webhook)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
		worker.sendDue(Instant.now().plusSeconds(1));
		assertThat(received).hasSize(4);
		assertThat(received.get(3).body()).isEqualTo(last.body());
		assertThat(delivery(webhook)).containsEntry("status", "SENT");
	}

	@Test
	void aReceiverThatNeverAcceptsEndsFailedAfterTheLastAttempt() throws Exception {
		var company = fixtures.company();
		UUID webhook = createWebhook(company, "\"APPRAISAL_CYCLE_CLOSED\", \"OBJECTIVE_APPROVED\"");
		failFirst.set(Integer.MAX_VALUE);
		UUID cycle = UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new AppraisalCycleClosed(company.id(), cycle, "2026")));
		Instant at = Instant.now();
		for (int attempt = 1; attempt <= WebhookWorker.MAX_ATTEMPTS; attempt++) {
			worker.sendDue(at);
			if (attempt < WebhookWorker.MAX_ATTEMPTS) {
				at = at.plus(WebhookWorker.DELAYS.get(attempt - 1));
			}
		}
		assertThat(delivery(webhook)).containsEntry("status", "FAILED")
			.containsEntry("attempts", WebhookWorker.MAX_ATTEMPTS);
		worker.sendDue(at.plus(Duration.ofDays(2)));
		assertThat(received).hasSize(WebhookWorker.MAX_ATTEMPTS);
		assertThat(JsonPath.<String>read(received.get(0).body(), "$.data.cycleId")).isEqualTo(cycle.toString());

		// an event whose transaction rolls back sends nothing
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new ObjectiveApproved(company.id(), UUID.randomUUID(), UUID.randomUUID(), "EMPLOYEE",
					company.employee().employeeId()));
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from integration_webhook_delivery where webhook_id = :w")
			.param("w", webhook).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void targetsOnPrivateNetworksAndOtherSchemesAreRefused() throws Exception {
		var company = fixtures.company();
		for (String url : List.of("http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data",
				"http://10.0.0.5/hook", "http://192.168.1.10/hook", "http://[::1]/hook", "http://0.0.0.0/hook",
				"http://100.64.0.1/hook", "http://[fd00::1]/hook", "ftp://203.0.113.10/hook", "file:///etc/passwd",
				"http://user:pw@203.0.113.10/hook", "not a url")) {
			mvc.perform(post("/api/v1/integration/webhooks").with(Fixtures.as(company.hr())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"url\": \"" + url + "\", \"eventKinds\": [\"EMPLOYEE_LEFT\"], \"active\": true}"))
				.andExpect(status().is4xxClientError())
				.andExpect(jsonPath("$.errors[0].field").value("url"));
		}
		assertThat(jdbc.sql("select count(*) from integration_webhook where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isZero();
		// a public address literal is fine (nothing is sent until an event happens)
		mvc.perform(post("/api/v1/integration/webhooks").with(Fixtures.as(company.hr())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"url\": \"https://203.0.113.10/hook\", \"eventKinds\": [\"EMPLOYEE_LEFT\"], \"active\": true}"))
			.andExpect(status().isCreated());
		// employees cannot manage webhooks; another company's webhook is not found
		mvc.perform(get("/api/v1/integration/webhooks").with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
		var other = fixtures.company();
		UUID id = jdbc.sql("select id from integration_webhook where tenant_id = :t").param("t", company.id())
			.query(UUID.class).single();
		mvc.perform(get("/api/v1/integration/webhooks/{id}", id).with(Fixtures.as(other.hr()))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/webhooks/{id}", id).with(Fixtures.as(other.hr()))).andExpect(status().isNotFound());
	}

	@Test
	void thePagesCreateAWebhookShowItsSecretOnceAndRotateIt() throws Exception {
		var company = fixtures.company();
		String created = mvc.perform(post("/admin/webhooks").with(Fixtures.as(company.hr())).with(csrf())
			.param("name", "薪酬系统").param("url", url()).param("eventKinds", "EMPLOYEE_LEFT", "APPRAISAL_CYCLE_CLOSED")
			.param("active", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(created).contains("data-test=\"issued-secret\"").contains("whsec_");
		UUID id = jdbc.sql("select id from integration_webhook where tenant_id = :t").param("t", company.id())
			.query(UUID.class).single();
		String first = created.replaceAll("(?s).*<code id=\"new-secret\">(whsec_[A-Za-z0-9]+)</code>.*", "$1");
		String shown = mvc.perform(get("/admin/webhooks/{id}", id).with(Fixtures.as(company.hr())).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(shown).doesNotContain(first).contains("推送记录").contains("员工离职");
		String rotated = mvc.perform(post("/admin/webhooks/{id}/secret", id).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String second = rotated.replaceAll("(?s).*<code id=\"new-secret\">(whsec_[A-Za-z0-9]+)</code>.*", "$1");
		assertThat(second).startsWith("whsec_").isNotEqualTo(first);
		mvc.perform(post("/admin/webhooks").with(Fixtures.as(company.hr())).with(csrf())
			.param("name", "内网").param("url", "http://10.1.1.1/hook").param("eventKinds", "EMPLOYEE_LEFT"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("private network")));
	}

}
