package io.lodestar.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SecretBox;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * A company's outgoing webhooks (HR and system administrators): subscriptions with their signing secret
 * (generated here, sealed with {@link SecretBox}, shown once and rotatable) and the delivery log with
 * "redeliver". Deliveries are written by {@link WebhookOutbox} and sent by {@link WebhookWorker}.
 */
@Service
@Transactional
public class Webhooks {

	static final int MAX_WEBHOOKS = 20;

	static final int LOG_SIZE = 200;

	private final JdbcClient jdbc;

	private final WebhookUrls urls;

	private final SecretBox secrets;

	private final AuditTrail audit;

	private final Clock clock;

	Webhooks(JdbcClient jdbc, WebhookUrls urls, SecretBox secrets, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.urls = urls;
		this.secrets = secrets;
		this.audit = audit;
		this.clock = clock;
	}

	public IssuedWebhookSecret create(CurrentUser user, WebhookRequest request) {
		ApiKeys.requireAdmin(user);
		String url = checkedUrl(request.url());
		if (list(user).size() >= MAX_WEBHOOKS) {
			throw BusinessRuleException.conflict("integration.webhook.too-many", null, MAX_WEBHOOKS);
		}
		refuseTakenName(user.tenant(), request.name().strip(), null);
		UUID id = UUID.randomUUID();
		String secret = newSecret();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into integration_webhook (id, tenant_id, name, url, event_kinds, secret_sealed, active,
				    created_at, updated_at)
				values (:id, :tenant, :name, :url, :kinds, :secret, :active, :now, :now)
				""")
			.param("id", id)
			.param("tenant", user.tenant())
			.param("name", request.name().strip())
			.param("url", url)
			.param("kinds", kinds(request.eventKinds()))
			.param("secret", secrets.seal(secret, context(user.tenant(), id)))
			.param("active", request.active())
			.param("now", now)
			.update();
		audit.record("CREATE", "integration_webhook", id, null, snapshot(request, url));
		return new IssuedWebhookSecret(get(user, id), secret);
	}

	public WebhookView update(CurrentUser user, UUID id, WebhookRequest request) {
		WebhookView before = get(user, id);
		String url = checkedUrl(request.url());
		refuseTakenName(user.tenant(), request.name().strip(), id);
		jdbc.sql("""
				update integration_webhook set name = :name, url = :url, event_kinds = :kinds, active = :active,
				    updated_at = :now
				where tenant_id = :tenant and id = :id
				""")
			.param("name", request.name().strip())
			.param("url", url)
			.param("kinds", kinds(request.eventKinds()))
			.param("active", request.active())
			.param("now", Timestamp.from(clock.instant()))
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		audit.record("UPDATE", "integration_webhook", id,
				Map.of("name", before.name(), "url", before.url(), "eventKinds", before.eventKinds().toString(),
						"active", before.active()),
				snapshot(request, url));
		return get(user, id);
	}

	/** A new secret: the old one stops working at once, so receivers must be updated together. */
	public IssuedWebhookSecret rotateSecret(CurrentUser user, UUID id) {
		WebhookView webhook = get(user, id);
		String secret = newSecret();
		jdbc.sql("update integration_webhook set secret_sealed = :secret, updated_at = :now "
				+ "where tenant_id = :tenant and id = :id")
			.param("secret", secrets.seal(secret, context(user.tenant(), id)))
			.param("now", Timestamp.from(clock.instant()))
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		audit.record("SECRET_ROTATED", "integration_webhook", id, null, Map.of("name", webhook.name()));
		return new IssuedWebhookSecret(webhook, secret);
	}

	public void delete(CurrentUser user, UUID id) {
		WebhookView webhook = get(user, id);
		jdbc.sql("delete from integration_webhook where tenant_id = :tenant and id = :id")
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		audit.record("DELETE", "integration_webhook", id, Map.of("name", webhook.name(), "url", webhook.url()), null);
	}

	@Transactional(readOnly = true)
	public List<WebhookView> list(CurrentUser user) {
		ApiKeys.requireAdmin(user);
		return jdbc.sql(SELECT + " where tenant_id = :tenant order by name")
			.param("tenant", user.tenant())
			.query((rs, row) -> view(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public WebhookView get(CurrentUser user, UUID id) {
		ApiKeys.requireAdmin(user);
		return jdbc.sql(SELECT + " where tenant_id = :tenant and id = :id")
			.param("tenant", user.tenant())
			.param("id", id)
			.query((rs, row) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("integration_webhook", id));
	}

	/** The latest deliveries of one webhook (or of all when {@code webhookId} is null), newest first. */
	@Transactional(readOnly = true)
	public List<WebhookDeliveryView> deliveries(CurrentUser user, UUID webhookId) {
		if (webhookId != null) {
			get(user, webhookId);
		}
		ApiKeys.requireAdmin(user);
		return jdbc.sql(DELIVERY_SELECT + " where d.tenant_id = :tenant"
				+ (webhookId == null ? "" : " and d.webhook_id = :webhook")
				+ " order by d.created_at desc, d.id limit " + LOG_SIZE)
			.param("tenant", user.tenant())
			.params(webhookId == null ? Map.of() : Map.of("webhook", webhookId))
			.query((rs, row) -> delivery(rs))
			.list();
	}

	/** Sends a delivery again with a fresh set of attempts, whatever its state (the receiver dedupes by event id). */
	public WebhookDeliveryView redeliver(CurrentUser user, UUID deliveryId) {
		ApiKeys.requireAdmin(user);
		int changed = jdbc.sql("""
				update integration_webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now
				where tenant_id = :tenant and id = :id and status <> 'SENDING'
				""")
			.param("now", Timestamp.from(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)))
			.param("tenant", user.tenant())
			.param("id", deliveryId)
			.update();
		WebhookDeliveryView delivery = delivery(user, deliveryId);
		if (changed == 0) {
			throw BusinessRuleException.conflict("integration.delivery.sending", "status");
		}
		audit.record("REDELIVER", "integration_webhook_delivery", deliveryId, null,
				Map.of("webhook", delivery.webhookName(), "eventId", delivery.eventId().toString()));
		return delivery;
	}

	@Transactional(readOnly = true)
	public WebhookDeliveryView delivery(CurrentUser user, UUID deliveryId) {
		ApiKeys.requireAdmin(user);
		return jdbc.sql(DELIVERY_SELECT + " where d.tenant_id = :tenant and d.id = :id")
			.param("tenant", user.tenant())
			.param("id", deliveryId)
			.query((rs, row) -> delivery(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("integration_webhook_delivery", deliveryId));
	}

	/** The secret of a webhook, for signing; the context binds the sealed value to its company and webhook. */
	String secretOf(UUID tenant, UUID id, String sealed) {
		return secrets.open(sealed, context(tenant, id));
	}

	private String checkedUrl(String url) {
		try {
			return urls.check(url).toString();
		}
		catch (WebhookUrls.Refused refused) {
			throw BusinessRuleException.invalid("integration.webhook.url." + refused.reason(), "url");
		}
	}

	private void refuseTakenName(UUID tenant, String name, UUID except) {
		boolean taken = jdbc.sql("select count(*) from integration_webhook where tenant_id = :tenant and name = :name"
				+ (except == null ? "" : " and id <> :except"))
			.param("tenant", tenant)
			.param("name", name)
			.params(except == null ? Map.of() : Map.of("except", except))
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw BusinessRuleException.conflict("integration.webhook.name-taken", "name", name);
		}
	}

	private static Map<String, Object> snapshot(WebhookRequest request, String url) {
		return Map.of("name", request.name().strip(), "url", url, "eventKinds", kinds(request.eventKinds()),
				"active", request.active());
	}

	private static String newSecret() {
		return "whsec_" + ApiKeys.random(40);
	}

	private static String context(UUID tenant, UUID id) {
		return "integration_webhook:" + tenant + ":" + id;
	}

	static String kinds(Set<WebhookEventKind> kinds) {
		return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static List<WebhookEventKind> kinds(String stored) {
		return List.copyOf(Arrays.stream(stored.split(","))
			.filter(kind -> !kind.isBlank())
			.map(WebhookEventKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEventKind.class))));
	}

	private static final String SELECT = "select id, name, url, event_kinds, active, created_at, updated_at "
			+ "from integration_webhook";

	private static final String DELIVERY_SELECT = """
			select d.id, d.webhook_id, w.name as webhook_name, d.event_id, d.event_kind, d.status, d.attempts,
			    d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_error, d.sent_at, d.created_at
			from integration_webhook_delivery d
			join integration_webhook w on w.tenant_id = d.tenant_id and w.id = d.webhook_id
			""";

	private static WebhookView view(ResultSet rs) throws SQLException {
		return new WebhookView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("url"),
				kinds(rs.getString("event_kinds")), rs.getBoolean("active"), ApiKeys.instant(rs, "created_at"),
				ApiKeys.instant(rs, "updated_at"));
	}

	private static WebhookDeliveryView delivery(ResultSet rs) throws SQLException {
		Integer code = rs.getObject("last_status_code") == null ? null : rs.getInt("last_status_code");
		return new WebhookDeliveryView(rs.getObject("id", UUID.class), rs.getObject("webhook_id", UUID.class),
				rs.getString("webhook_name"), rs.getObject("event_id", UUID.class),
				WebhookEventKind.valueOf(rs.getString("event_kind")), rs.getString("status"), rs.getInt("attempts"),
				ApiKeys.instant(rs, "next_attempt_at"), ApiKeys.instant(rs, "last_attempt_at"),
				code, rs.getString("last_error"), ApiKeys.instant(rs, "sent_at"),
				ApiKeys.instant(rs, "created_at"));
	}

}
