package io.lodestar.engagement;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.engagement.channels.ChatMessage;
import io.lodestar.engagement.channels.ChatPlatform;
import io.lodestar.engagement.channels.ChatWebhook;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SecretBox;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * A company's group-chat bots (DingTalk, WeCom, Feishu, Slack, Teams), configured by HR administrators: which
 * notification kinds each receives. The webhook URL and the signing secret are sealed with {@link SecretBox}
 * and never shown again; a test message is sent at once, outside the outbox.
 */
@Service
@Transactional
public class NotificationChannels {

	static final String MASK = "••••";

	private static final String COLUMNS = "id, name, platform, webhook_host, secret_sealed, enabled, created_at, "
			+ "updated_at, version";

	private final JdbcClient jdbc;

	private final SecretBox secrets;

	private final AuditTrail audit;

	private final WebhookSender sender;

	private final DeliveryContent content;

	private final Clock clock;

	NotificationChannels(JdbcClient jdbc, SecretBox secrets, AuditTrail audit, WebhookSender sender,
			DeliveryContent content, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.audit = audit;
		this.sender = sender;
		this.content = content;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ChatChannelView> all(CurrentUser user) {
		requireHr(user);
		Map<UUID, List<String>> kinds = kindsOf(user.tenant());
		return jdbc.sql("select " + COLUMNS + " from engagement_chat_channel where tenant_id = :tenant order by name")
			.param("tenant", user.tenant())
			.query((rs, row) -> view(rs, kinds))
			.list();
	}

	@Transactional(readOnly = true)
	public ChatChannelView get(CurrentUser user, UUID id) {
		requireHr(user);
		return find(user.tenant(), id);
	}

	public ChatChannelView create(CurrentUser user, ChatChannelRequest request) {
		requireHr(user);
		UUID id = UUID.randomUUID();
		if (request.webhookUrl() == null || request.webhookUrl().isBlank()) {
			throw BusinessRuleException.invalid("engagement.channel.webhook-required", "webhookUrl");
		}
		ChatWebhook webhook = webhook(request.platform(), request.webhookUrl(), request.secret());
		Instant now = clock.instant();
		try {
			jdbc.sql("""
					insert into engagement_chat_channel (id, tenant_id, name, platform, webhook_sealed, webhook_host,
					    secret_sealed, enabled, created_at, updated_at, version)
					values (:id, :tenant, :name, :platform, :webhook, :host, :secret, :enabled, :now, :now, 0)
					""")
				.param("id", id)
				.param("tenant", user.tenant())
				.param("name", name(request))
				.param("platform", webhook.platform().name())
				.param("webhook", secrets.seal(webhook.url(), context(user.tenant(), id, "webhook")))
				.param("host", URI.create(webhook.url()).getHost())
				.param("secret", webhook.signed() ? secrets.seal(webhook.secret(), context(user.tenant(), id, "secret")) : null)
				.param("enabled", request.enabled())
				.param("now", Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw BusinessRuleException.conflict("engagement.channel.name-taken", "name", name(request));
		}
		replaceKinds(user.tenant(), id, request.kinds());
		ChatChannelView created = find(user.tenant(), id);
		audit.record("CREATE", "notification-channel", id, null, snapshot(created));
		return created;
	}

	/** Changes a channel; a blank URL or secret keeps the stored one. */
	public ChatChannelView update(CurrentUser user, UUID id, ChatChannelRequest request, long version) {
		requireHr(user);
		ChatChannelView before = find(user.tenant(), id);
		if (before.version() != version) {
			throw new OptimisticLockingFailureException("notification channel " + id + " changed meanwhile");
		}
		ChatWebhook stored = webhookOf(user.tenant(), id);
		boolean newUrl = request.webhookUrl() != null && !request.webhookUrl().isBlank();
		String secret = request.removeSecret() ? null
				: request.secret() != null && !request.secret().isBlank() ? request.secret() : stored.secret();
		ChatWebhook webhook = webhook(request.platform(), newUrl ? request.webhookUrl() : stored.url(), secret);
		try {
			jdbc.sql("""
					update engagement_chat_channel set name = :name, platform = :platform, webhook_sealed = :webhook,
					    webhook_host = :host, secret_sealed = :secret, enabled = :enabled, updated_at = :now,
					    version = version + 1
					where tenant_id = :tenant and id = :id and version = :version
					""")
				.param("tenant", user.tenant())
				.param("id", id)
				.param("version", version)
				.param("name", name(request))
				.param("platform", webhook.platform().name())
				.param("webhook", secrets.seal(webhook.url(), context(user.tenant(), id, "webhook")))
				.param("host", URI.create(webhook.url()).getHost())
				.param("secret", webhook.signed() ? secrets.seal(webhook.secret(), context(user.tenant(), id, "secret")) : null)
				.param("enabled", request.enabled())
				.param("now", Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw BusinessRuleException.conflict("engagement.channel.name-taken", "name", name(request));
		}
		replaceKinds(user.tenant(), id, request.kinds());
		ChatChannelView after = find(user.tenant(), id);
		audit.record("UPDATE", "notification-channel", id, snapshot(before), snapshot(after));
		return after;
	}

	/** Removes a channel and its deliveries (they have nowhere to go any more). */
	public void delete(CurrentUser user, UUID id) {
		requireHr(user);
		ChatChannelView before = find(user.tenant(), id);
		jdbc.sql("delete from engagement_delivery where tenant_id = :tenant and chat_channel_id = :id")
			.param("tenant", user.tenant()).param("id", id).update();
		jdbc.sql("delete from engagement_chat_channel where tenant_id = :tenant and id = :id")
			.param("tenant", user.tenant()).param("id", id).update();
		audit.record("DELETE", "notification-channel", id, snapshot(before), null);
	}

	/** Sends a test message now, in the company's language; no transaction is held while waiting. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ChatTestResult sendTest(CurrentUser user, UUID id) {
		requireHr(user);
		find(user.tenant(), id);
		ChatWebhook webhook = webhookOf(user.tenant(), id);
		ChatMessage message = content.testMessage(user.tenant(), user.displayName());
		try {
			sender.send(webhook, message, clock.instant());
			return new ChatTestResult(true, null);
		}
		catch (DeliveryFailure failure) {
			return new ChatTestResult(false, failure.getMessage());
		}
	}

	/** The enabled channels of a company that receive a kind. */
	List<UUID> subscribedTo(UUID tenant, String kind) {
		return jdbc.sql("""
				select c.id from engagement_chat_channel c
				join engagement_chat_channel_kind k on k.tenant_id = c.tenant_id and k.channel_id = c.id
				where c.tenant_id = :tenant and c.enabled and k.kind = :kind order by c.name
				""").param("tenant", tenant).param("kind", kind).query(UUID.class).list();
	}

	/** The channel's webhook with its URL and secret opened. */
	ChatWebhook webhookOf(UUID tenant, UUID id) {
		return jdbc.sql("select platform, webhook_sealed, secret_sealed from engagement_chat_channel "
				+ "where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query((rs, row) -> {
				String secret = rs.getString("secret_sealed");
				return new ChatWebhook(ChatPlatform.valueOf(rs.getString("platform")),
						secrets.open(rs.getString("webhook_sealed"), context(tenant, id, "webhook")),
						secret == null ? null : secrets.open(secret, context(tenant, id, "secret")));
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("notification-channel", id));
	}

	private ChatChannelView find(UUID tenant, UUID id) {
		Map<UUID, List<String>> kinds = kindsOf(tenant);
		return jdbc.sql("select " + COLUMNS + " from engagement_chat_channel where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query((rs, row) -> view(rs, kinds))
			.optional()
			.orElseThrow(() -> new NotFoundException("notification-channel", id));
	}

	private Map<UUID, List<String>> kindsOf(UUID tenant) {
		Map<UUID, Set<String>> found = new LinkedHashMap<>();
		jdbc.sql("select channel_id, kind from engagement_chat_channel_kind where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(rs -> {
				found.computeIfAbsent(rs.getObject("channel_id", UUID.class), key -> new TreeSet<>())
					.add(rs.getString("kind"));
			});
		Map<UUID, List<String>> ordered = new LinkedHashMap<>();
		found.forEach((channel, set) -> ordered.put(channel,
				NotificationKinds.all().stream().filter(set::contains).toList()));
		return ordered;
	}

	private void replaceKinds(UUID tenant, UUID id, Set<String> kinds) {
		jdbc.sql("delete from engagement_chat_channel_kind where tenant_id = :tenant and channel_id = :id")
			.param("tenant", tenant).param("id", id).update();
		for (String kind : kinds == null ? Set.<String>of() : kinds) {
			if (!NotificationKinds.isKnown(kind)) {
				throw BusinessRuleException.invalid("engagement.channel.kind-unknown", "kinds", kind);
			}
			jdbc.sql("insert into engagement_chat_channel_kind (tenant_id, channel_id, kind) values (:tenant, :id, :kind)")
				.param("tenant", tenant).param("id", id).param("kind", kind).update();
		}
	}

	private static ChatChannelView view(ResultSet rs, Map<UUID, List<String>> kinds) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new ChatChannelView(id, rs.getString("name"), ChatPlatform.valueOf(rs.getString("platform")),
				rs.getString("webhook_host") + "/" + MASK, rs.getString("secret_sealed") != null,
				kinds.getOrDefault(id, List.of()), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	private static ChatWebhook webhook(ChatPlatform platform, String url, String secret) {
		if (platform == null) {
			throw BusinessRuleException.invalid("engagement.channel.platform-required", "platform");
		}
		ChatWebhook webhook;
		try {
			webhook = new ChatWebhook(platform, url, secret);
		}
		catch (IllegalArgumentException invalid) {
			throw BusinessRuleException.invalid("engagement.channel.webhook-invalid", "webhookUrl");
		}
		if (webhook.url().length() > 1000 || (webhook.signed() && webhook.secret().length() > 300)) {
			throw BusinessRuleException.invalid("engagement.channel.webhook-too-long", "webhookUrl");
		}
		return webhook;
	}

	private static String name(ChatChannelRequest request) {
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw BusinessRuleException.invalid("engagement.channel.name-invalid", "name");
		}
		return name;
	}

	/** What the audit trail keeps: never the URL or the secret. */
	private static Map<String, Object> snapshot(ChatChannelView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", view.name());
		state.put("platform", view.platform().name());
		state.put("webhook", view.webhookHint());
		state.put("signed", view.signed());
		state.put("kinds", String.join(",", view.kinds()));
		state.put("enabled", view.enabled());
		return state;
	}

	private static String context(UUID tenant, UUID id, String what) {
		return tenant + "/notification-channel/" + id + "/" + what;
	}

	static void requireHr(CurrentUser user) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("notification settings");
		}
	}

}
