package io.lodestar.engagement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.lodestar.account.AccountContact;
import io.lodestar.account.AccountManagement;
import io.lodestar.engagement.channels.ChatWebhook;
import io.lodestar.platform.operations.BusinessMetrics;
import io.lodestar.platform.security.SecretBox;

/**
 * Sends due deliveries, outside any transaction so that no database connection waits on a slow SMTP server or
 * chat platform. Safe with several application nodes: a delivery is first claimed with one conditional update
 * (only a PENDING row whose time has come, or a SENDING row whose claim expired because its node died), so each
 * attempt is made by one node. Works the same on H2 and PostgreSQL. A failure is retried on the
 * {@link Backoff} schedule, then FAILED.
 * <p>
 * {@code lodestar.notifications.delivery-interval} sets the pause between rounds;
 * {@code lodestar.notifications.delivery-enabled=false} stops the rounds (tests call {@link #sendDue} with the
 * time they choose).
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final JdbcClient jdbc;

	private final DeliveryContent content;

	private final EmailSender email;

	private final WebhookSender webhooks;

	private final NotificationChannels channels;

	private final AccountManagement accounts;

	private final NotificationProperties properties;

	private final Clock clock;

	private final BusinessMetrics metrics;

	DeliveryWorker(JdbcClient jdbc, DeliveryContent content, EmailSender email, WebhookSender webhooks,
			NotificationChannels channels, AccountManagement accounts, NotificationProperties properties, Clock clock, BusinessMetrics metrics) {
		this.jdbc = jdbc;
		this.content = content;
		this.email = email;
		this.webhooks = webhooks;
		this.channels = channels;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Scheduled(fixedDelayString = "${lodestar.notifications.delivery-interval:30s}", initialDelayString = "10s")
	void everyInterval() {
		if (properties.deliveryEnabled()) {
			sendDue(clock.instant());
		}
	}

	/** A delivery whose time has come. */
	record Due(UUID tenant, UUID id) {
	}

	/** Sends what is due at {@code now}; returns how many were sent successfully. */
	int sendDue(Instant now) {
		int sent = 0;
		List<Due> due = jdbc.sql("""
				select tenant_id, id from engagement_delivery
				where status in ('PENDING', 'SENDING') and next_attempt_at <= :now
				order by next_attempt_at, id limit :limit
				""")
			.param("now", Timestamp.from(now))
			.param("limit", properties.batchSize())
			.query((rs, row) -> new Due(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class)))
			.list();
		for (Due delivery : due) {
			try {
				if (attempt(delivery, now)) {
					sent++;
				}
			}
			catch (RuntimeException unexpected) {
				// one broken delivery must not stop the others; it stays claimed and is retried when the claim expires
				log.warn("Delivery {} could not be processed", delivery.id(), unexpected);
			}
		}
		return sent;
	}

	private boolean attempt(Due due, Instant now) {
		Optional<Integer> attempts = claim(due, now);
		if (attempts.isEmpty()) {
			return false; // another node took it
		}
		try {
			send(due);
			jdbc.sql("""
					update engagement_delivery set status = 'SENT', sent_at = :now, next_attempt_at = :now, last_error = null
					where tenant_id = :tenant and id = :id
					""").param("tenant", due.tenant()).param("id", due.id()).param("now", Timestamp.from(now)).update();
			return true;
		}
		catch (DeliveryFailure failure) {
			Optional<Duration> wait = Backoff.after(attempts.get());
			jdbc.sql("""
					update engagement_delivery set status = :status, next_attempt_at = :next, last_error = :error
					where tenant_id = :tenant and id = :id
					""")
				.param("tenant", due.tenant())
				.param("id", due.id())
				.param("status", wait.isPresent() ? DeliveryStatus.PENDING.name() : DeliveryStatus.FAILED.name())
				.param("next", Timestamp.from(wait.map(now::plus).orElse(now)))
				.param("error", failure.getMessage())
				.update();
			metrics.deliveryFailed(channelOf(due), wait.isEmpty());
			return false;
		}
	}

	private String channelOf(Due due) {
		return jdbc.sql("select channel from engagement_delivery where tenant_id = :tenant and id = :id")
			.param("tenant", due.tenant()).param("id", due.id()).query(String.class).optional().orElse("UNKNOWN");
	}

	/** Claims the delivery for this node; returns its attempt number, or empty when it is not (any longer) due. */
	private Optional<Integer> claim(Due due, Instant now) {
		int claimed = jdbc.sql("""
				update engagement_delivery
				set status = 'SENDING', attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :until
				where tenant_id = :tenant and id = :id and status in ('PENDING', 'SENDING') and next_attempt_at <= :now
				""")
			.param("tenant", due.tenant())
			.param("id", due.id())
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(NotificationDeliveries.CLAIM)))
			.update();
		if (claimed == 0) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("select attempts from engagement_delivery where tenant_id = :tenant and id = :id")
			.param("tenant", due.tenant()).param("id", due.id()).query(Integer.class).single());
	}

	private void send(Due due) throws DeliveryFailure {
		record Target(UUID notification, String channel, UUID user, UUID chatChannel) {
		}
		Target target = jdbc.sql("select notification_id, channel, recipient_user_id, chat_channel_id "
				+ "from engagement_delivery where tenant_id = :tenant and id = :id")
			.param("tenant", due.tenant())
			.param("id", due.id())
			.query((rs, row) -> new Target(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class)))
			.single();
		DeliveryContent.Stored notification = content.notification(due.tenant(), target.notification())
			.orElseThrow(() -> new DeliveryFailure("notification no longer exists"));
		if ("EMAIL".equals(target.channel())) {
			AccountContact contact = accounts.contact(due.tenant(), target.user())
				.filter(AccountContact::active)
				.orElseThrow(() -> new DeliveryFailure("the recipient's account is disabled"));
			email.send(contact.email(), content.email(due.tenant(), notification, contact));
		}
		else {
			ChatWebhook webhook;
			try {
				webhook = channels.webhookOf(due.tenant(), target.chatChannel());
			}
			catch (SecretBox.SecretUnreadableException keyChanged) {
				throw new DeliveryFailure("the webhook cannot be decrypted with the current secret key; enter it again");
			}
			webhooks.send(webhook, content.chat(due.tenant(), notification), clock.instant());
		}
	}

}
