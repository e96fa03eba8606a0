package io.lodestar.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.account.AccountManagement;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery outbox. {@link Notifications#notify} calls {@link #enqueue} in its own transaction, so a
 * notification and its deliveries exist together: an email to the recipient when email is configured and they
 * want this kind by email, and one row per enabled group chat that receives the kind (one message per
 * notification: chats are not batched, so a reminder reads like a reminder). {@link DeliveryWorker} sends them;
 * HR administrators see them here and retry failed ones.
 */
@Service
@Transactional
public class NotificationDeliveries {

	/** How long a worker may hold a claimed delivery before another may take it over (it died mid-send). */
	static final Duration CLAIM = Duration.ofMinutes(5);

	private static final String SELECT = """
			select d.id, d.notification_id, d.channel, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at,
			    d.sent_at, d.last_error, d.created_at, n.kind, n.message_key, n.arguments, n.recipient_employee_id,
			    c.name as channel_name
			from engagement_delivery d
			join engagement_notification n on n.tenant_id = d.tenant_id and n.id = d.notification_id
			left join engagement_chat_channel c on c.tenant_id = d.tenant_id and c.id = d.chat_channel_id
			""";

	private final JdbcClient jdbc;

	private final NotificationChannels channels;

	private final NotificationPreferences preferences;

	private final EmailSender email;

	private final AccountManagement accounts;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	NotificationDeliveries(JdbcClient jdbc, NotificationChannels channels, NotificationPreferences preferences,
			EmailSender email, AccountManagement accounts, PeopleDirectory people, AuditTrail audit, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.preferences = preferences;
		this.email = email;
		this.accounts = accounts;
		this.people = people;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** Whether notifications go out by email at all (an SMTP server is configured). */
	@Transactional(readOnly = true)
	public boolean emailEnabled() {
		return email.enabled();
	}

	/** The sender address of notification emails. */
	public String emailFrom() {
		return email.from();
	}

	/** Creates the deliveries of a notification just stored, in its transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void enqueue(UUID tenant, UUID notificationId, UUID recipientUserId, String kind) {
		Instant now = clock.instant();
		if (recipientUserId != null && email.enabled()
				&& accounts.contact(tenant, recipientUserId).filter(contact -> contact.active()).isPresent()
				&& preferences.emailWanted(tenant, recipientUserId, kind)) {
			insert(tenant, notificationId, "EMAIL", recipientUserId, null, now);
		}
		for (UUID channel : channels.subscribedTo(tenant, NotificationKinds.effective(kind))) {
			insert(tenant, notificationId, "CHAT", null, channel, now);
		}
	}

	/** Newest first, optionally of one status; HR administrators only. */
	@Transactional(readOnly = true)
	public PageResult<DeliveryView> list(CurrentUser user, DeliveryStatus status, PageQuery page) {
		NotificationChannels.requireHr(user);
		String where = " where d.tenant_id = :tenant" + (status == null ? "" : " and d.status = :status");
		Map<String, Object> params = new HashMap<>();
		params.put("tenant", user.tenant());
		if (status != null) {
			params.put("status", status.name());
		}
		long total = jdbc.sql("select count(*) from engagement_delivery d" + where).params(params).query(Long.class)
			.single();
		List<Row> rows = jdbc.sql(SELECT + where + " order by d.created_at desc, d.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::row)
			.list();
		return new PageResult<>(views(user.tenant(), rows), page.page(), page.size(), total);
	}

	@Transactional(readOnly = true)
	public DeliveryView get(CurrentUser user, UUID id) {
		NotificationChannels.requireHr(user);
		Row row = jdbc.sql(SELECT + " where d.tenant_id = :tenant and d.id = :id")
			.param("tenant", user.tenant())
			.param("id", id)
			.query(this::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("notification-delivery", id));
		return views(user.tenant(), List.of(row)).get(0);
	}

	/**
	 * Puts a failed or waiting delivery back in line for the worker's next round, with a fresh set of attempts.
	 * A sent one is not sent twice.
	 */
	public DeliveryView retryNow(CurrentUser user, UUID id) {
		DeliveryView before = get(user, id);
		if (before.status() == DeliveryStatus.SENT || before.status() == DeliveryStatus.SENDING) {
			throw BusinessRuleException.conflict("engagement.delivery.not-retryable", "status");
		}
		jdbc.sql("""
				update engagement_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now
				where tenant_id = :tenant and id = :id and status in ('PENDING', 'FAILED')
				""").param("tenant", user.tenant()).param("id", id).param("now", Timestamp.from(clock.instant())).update();
		audit.record("RETRY", "notification-delivery", id, Map.of("status", before.status().name()),
				Map.of("status", DeliveryStatus.PENDING.name()));
		return get(user, id);
	}

	private void insert(UUID tenant, UUID notificationId, String channel, UUID user, UUID chatChannel, Instant now) {
		jdbc.sql("""
				insert into engagement_delivery (id, tenant_id, notification_id, channel, recipient_user_id,
				    chat_channel_id, status, attempts, next_attempt_at, created_at)
				values (:id, :tenant, :notification, :channel, :user, :chat, 'PENDING', 0, :now, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", tenant)
			.param("notification", notificationId)
			.param("channel", channel)
			.param("user", user)
			.param("chat", chatChannel)
			.param("now", Timestamp.from(now))
			.update();
	}

	private record Row(DeliveryView view, UUID recipientEmployeeId) {
	}

	private Row row(ResultSet rs, int index) throws SQLException {
		String channel = rs.getString("channel");
		DeliveryView view = new DeliveryView(rs.getObject("id", UUID.class), rs.getObject("notification_id", UUID.class),
				channel, "CHAT".equals(channel) ? rs.getString("channel_name") : null, rs.getString("kind"),
				rs.getString("message_key"), json.readValue(rs.getString("arguments"), new TypeReference<List<String>>() {
				}), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				instant(rs, "last_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"),
				instant(rs, "created_at"));
		return new Row(view, rs.getObject("recipient_employee_id", UUID.class));
	}

	/** Email targets are named by their recipient, looked up in one query. */
	private List<DeliveryView> views(UUID tenant, List<Row> rows) {
		Set<UUID> employees = new LinkedHashSet<>();
		rows.stream().filter(row -> row.view().target() == null && row.recipientEmployeeId() != null)
			.forEach(row -> employees.add(row.recipientEmployeeId()));
		Map<UUID, String> names = employees.isEmpty() ? Map.of() : people.employeeNames(tenant, employees);
		return rows.stream().map(row -> {
			DeliveryView v = row.view();
			String target = v.target() != null ? v.target() : names.getOrDefault(row.recipientEmployeeId(), "");
			return new DeliveryView(v.id(), v.notificationId(), v.channel(), target, v.kind(), v.messageKey(),
					v.arguments(), v.status(), v.attempts(), v.nextAttemptAt(), v.lastAttemptAt(), v.sentAt(),
					v.lastError(), v.createdAt());
		}).toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
