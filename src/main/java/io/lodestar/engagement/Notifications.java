package io.lodestar.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.account.AccountManagement;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-app inbox. Any module tells an employee something with {@link #notify}: a message key of its own
 * bundle with arguments (rendered in the reader's language when read) and a link into Lodestar. Readers see
 * the notifications addressed to their employee record or to their account, and mark them read.
 * Notifications are sent in the caller's transaction, so they exist exactly when the change they report does;
 * so do their deliveries by email and to group chats ({@link NotificationDeliveries}), sent afterwards by a
 * background worker.
 */
@Service
@Transactional
public class Notifications {

	/** Kind of notifications sent through the short {@link #notify(UUID, UUID, String, List, String)}. */
	public static final String GENERAL = "GENERAL";

	private static final int MAX_ARGUMENT = 300;

	private static final String MINE = """
			tenant_id = :tenant and (recipient_employee_id = :employee or recipient_user_id = :user)""";

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final AccountManagement accounts;

	private final JsonMapper json;

	private final NotificationDeliveries deliveries;

	Notifications(JdbcClient jdbc, PeopleDirectory people, AccountManagement accounts, JsonMapper json,
			NotificationDeliveries deliveries) {
		this.jdbc = jdbc;
		this.people = people;
		this.accounts = accounts;
		this.json = json;
		this.deliveries = deliveries;
	}

	/**
	 * Tells an employee something. Nothing is sent to someone who has left the company.
	 *
	 * @param messageKey a key of the sender's bundle; {@code args} are its arguments (plain text)
	 * @param link a path inside Lodestar starting with a single slash, or null
	 * @return the notification's id, empty when the employee has left
	 */
	public Optional<UUID> notify(UUID tenant, UUID recipientEmployeeId, String messageKey, List<String> args,
			String link) {
		return notify(tenant, recipientEmployeeId, GENERAL, messageKey, args, link);
	}

	/** As {@link #notify(UUID, UUID, String, List, String)}, with a kind callers can filter on later. */
	public Optional<UUID> notify(UUID tenant, UUID recipientEmployeeId, String kind, String messageKey,
			List<String> args, String link) {
		EmployeeSummary recipient = people.employee(tenant, recipientEmployeeId)
			.orElseThrow(() -> new NotFoundException("employee", recipientEmployeeId));
		if (!recipient.isActive()) {
			return Optional.empty();
		}
		checkLink(link);
		UUID id = UUID.randomUUID();
		UUID account = accounts.accountOfEmployee(tenant, recipientEmployeeId).orElse(null);
		jdbc.sql("""
				insert into engagement_notification (id, tenant_id, recipient_employee_id, recipient_user_id, kind,
				    message_key, arguments, link, created_at)
				values (:id, :tenant, :employee, :user, :kind, :key, :arguments, :link, :at)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("employee", recipientEmployeeId)
			.param("user", account)
			.param("kind", kind)
			.param("key", messageKey)
			.param("arguments", json.writeValueAsString(args.stream().map(Notifications::shorten).toList()))
			.param("link", link)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		deliveries.enqueue(tenant, id, account, kind);
		return Optional.of(id);
	}

	/** Newest first; optionally only the unread ones. */
	@Transactional(readOnly = true)
	public PageResult<NotificationView> inbox(CurrentUser user, boolean unreadOnly, PageQuery page) {
		String where = MINE + (unreadOnly ? " and read_at is null" : "");
		long total = jdbc.sql("select count(*) from engagement_notification where " + where)
			.params(mine(user))
			.query(Long.class)
			.single();
		List<NotificationView> items = jdbc
			.sql("select id, kind, message_key, arguments, link, created_at, read_at from engagement_notification where "
					+ where + " order by created_at desc, id limit :limit offset :offset")
			.params(mine(user))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::view)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	@Transactional(readOnly = true)
	public long unreadCount(CurrentUser user) {
		return jdbc.sql("select count(*) from engagement_notification where " + MINE + " and read_at is null")
			.params(mine(user))
			.query(Long.class)
			.single();
	}

	/** Marks one of the caller's notifications read (again is harmless); anyone else's is not found. */
	public NotificationView markRead(CurrentUser user, UUID id) {
		jdbc.sql("update engagement_notification set read_at = :at where " + MINE + " and id = :id and read_at is null")
			.params(mine(user))
			.param("id", id)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return jdbc.sql("select id, kind, message_key, arguments, link, created_at, read_at from engagement_notification "
				+ "where " + MINE + " and id = :id")
			.params(mine(user))
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("notification", id));
	}

	/** @return how many notifications were unread */
	public int markAllRead(CurrentUser user) {
		return jdbc.sql("update engagement_notification set read_at = :at where " + MINE + " and read_at is null")
			.params(mine(user))
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/** The caller has opened the page a notification points to: it is read. */
	public int markReadByLink(CurrentUser user, String link) {
		return jdbc.sql("update engagement_notification set read_at = :at where " + MINE
				+ " and link = :link and read_at is null")
			.params(mine(user))
			.param("link", link)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	private static java.util.Map<String, Object> mine(CurrentUser user) {
		// an unused UUID stands in for a missing employee record: "= null" would match nothing anyway
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("tenant", user.tenant());
		params.put("employee", user.employeeId() == null ? new UUID(0, 0) : user.employeeId());
		params.put("user", user.userId());
		return params;
	}

	/** Links stay inside the application: no other site, no {@code javascript:}. */
	static void checkLink(String link) {
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")
				|| link.length() > 500 || link.chars().anyMatch(Character::isISOControl))) {
			throw new IllegalArgumentException("A notification link must be a path inside Lodestar: " + link);
		}
	}

	private static String shorten(String argument) {
		if (argument == null) {
			return "";
		}
		return argument.length() <= MAX_ARGUMENT ? argument : argument.substring(0, MAX_ARGUMENT - 1) + "…";
	}

	private NotificationView view(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new NotificationView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("message_key"),
				json.readValue(rs.getString("arguments"), new TypeReference<List<String>>() {
				}), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
				read == null ? null : read.toInstant());
	}

}
