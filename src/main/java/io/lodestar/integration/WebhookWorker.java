package io.lodestar.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.lodestar.platform.security.SecretBox;

/**
 * Sends due webhook deliveries outside any transaction, like the notification outbox's worker: each attempt is
 * first claimed with one conditional update (a PENDING row whose time has come, or a SENDING row whose claim
 * expired because its node died), so several nodes never send the same attempt. A 2xx answer is success;
 * anything else (another status, a timeout, a refused address) waits {@link #DELAYS} and after
 * {@link #MAX_ATTEMPTS} attempts the delivery is FAILED. A paused webhook's deliveries wait until it is active
 * again. Redirects are not followed: they could lead to an
 * address the URL check refused.
 */
@Component
class WebhookWorker {

	/** Waits after the 1st, 2nd, … failed attempt: rides out a receiver's deploy or a day-long outage. */
	static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));

	static final int MAX_ATTEMPTS = DELAYS.size() + 1;

	static final Duration CLAIM = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

	private static final int ERROR_LENGTH = 300;

	private final JdbcClient jdbc;

	private final Webhooks webhooks;

	private final WebhookUrls urls;

	private final WebhookProperties properties;

	private final Clock clock;

	private final HttpClient client;

	WebhookWorker(JdbcClient jdbc, Webhooks webhooks, WebhookUrls urls, WebhookProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.webhooks = webhooks;
		this.urls = urls;
		this.properties = properties;
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${lodestar.webhooks.delivery-interval:15s}", initialDelayString = "10s")
	void everyInterval() {
		if (properties.deliveryEnabled()) {
			sendDue(clock.instant());
		}
	}

	record Due(UUID tenant, UUID id) {
	}

	/** A claimed delivery with what sending it needs. */
	private record Claimed(UUID webhookId, String url, String sealedSecret, UUID eventId, String kind, String body,
			int attempts) {
	}

	/** Sends what is due at {@code now}; returns how many were accepted by their receivers. */
	int sendDue(Instant at) {
		// databases keep microseconds at most and may round: whole milliseconds compare the same everywhere
		Instant now = at.truncatedTo(ChronoUnit.MILLIS);
		List<Due> due = jdbc.sql("""
				select d.tenant_id, d.id from integration_webhook_delivery d
				join integration_webhook w on w.tenant_id = d.tenant_id and w.id = d.webhook_id
				where d.status in ('PENDING', 'SENDING') and d.next_attempt_at <= :now and w.active = true
				order by d.next_attempt_at, d.id limit :limit
				""")
			.param("now", Timestamp.from(now))
			.param("limit", properties.batchSize())
			.query((rs, row) -> new Due(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class)))
			.list();
		int sent = 0;
		for (Due delivery : due) {
			try {
				if (attempt(delivery, now)) {
					sent++;
				}
			}
			catch (RuntimeException unexpected) {
				// one broken delivery must not stop the others; it is retried when its claim expires
				log.warn("Webhook delivery {} could not be processed", delivery.id(), unexpected);
			}
		}
		return sent;
	}

	private boolean attempt(Due due, Instant now) {
		Optional<Claimed> claimed = claim(due, now);
		if (claimed.isEmpty()) {
			return false;
		}
		Claimed delivery = claimed.get();
		Integer status = null;
		String error;
		try {
			URI target = urls.check(delivery.url());
			String secret = webhooks.secretOf(due.tenant(), delivery.webhookId(), delivery.sealedSecret());
			long timestamp = now.getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(target)
				.timeout(properties.timeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "Lodestar-Webhooks/1")
				.header(WebhookSigner.EVENT_ID_HEADER, delivery.eventId().toString())
				.header(WebhookSigner.EVENT_TYPE_HEADER, WebhookEventKind.valueOf(delivery.kind()).type())
				.header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
				.header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.sign(secret, timestamp, delivery.body()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
				.build();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			if (status / 100 == 2) {
				finish(due, now, "SENT", now, status, null);
				return true;
			}
			error = "HTTP " + status + " " + shorten(response.body());
		}
		catch (WebhookUrls.Refused refused) {
			error = "refused target address: " + refused.reason();
		}
		catch (SecretBox.SecretUnreadableException keyChanged) {
			error = "the signing secret cannot be decrypted with the current secret key; rotate it";
		}
		catch (IOException unreachable) {
			error = unreachable.getClass().getSimpleName()
					+ (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		boolean last = delivery.attempts() >= MAX_ATTEMPTS;
		Instant next = last ? now : now.plus(DELAYS.get(delivery.attempts() - 1));
		finish(due, now, last ? "FAILED" : "PENDING", next, status, shorten(error));
		return false;
	}

	private void finish(Due due, Instant now, String status, Instant next, Integer code, String error) {
		jdbc.sql("""
				update integration_webhook_delivery
				set status = :status, next_attempt_at = :next, last_status_code = :code, last_error = :error,
				    sent_at = :sent
				where tenant_id = :tenant and id = :id
				""")
			.param("status", status)
			.param("next", Timestamp.from(next))
			.param("code", code)
			.param("error", error)
			.param("sent", "SENT".equals(status) ? Timestamp.from(now) : null)
			.param("tenant", due.tenant())
			.param("id", due.id())
			.update();
	}

	private Optional<Claimed> claim(Due due, Instant now) {
		int claimed = jdbc.sql("""
				update integration_webhook_delivery
				set status = 'SENDING', attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :until
				where tenant_id = :tenant and id = :id and status in ('PENDING', 'SENDING') and next_attempt_at <= :now
				""")
			.param("tenant", due.tenant())
			.param("id", due.id())
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(CLAIM)))
			.update();
		if (claimed == 0) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select d.webhook_id, w.url, w.secret_sealed, d.event_id, d.event_kind, d.body, d.attempts
				from integration_webhook_delivery d
				join integration_webhook w on w.tenant_id = d.tenant_id and w.id = d.webhook_id
				where d.tenant_id = :tenant and d.id = :id
				""")
			.param("tenant", due.tenant())
			.param("id", due.id())
			.query((rs, row) -> new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getInt(7)))
			.optional();
	}

	private static String shorten(String text) {
		if (text == null) {
			return null;
		}
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= ERROR_LENGTH ? oneLine : oneLine.substring(0, ERROR_LENGTH) + "…";
	}

}
