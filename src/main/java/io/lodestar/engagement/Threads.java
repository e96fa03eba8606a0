package io.lodestar.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Threads and their messages in plain SQL. Messages are append-only and a support request's status changes
 * only by a guarded transition from OPEN, so there is no aggregate to load and save back (which could
 * overwrite a concurrent reply). Every statement is filtered by tenant.
 */
@Component
class Threads {

	private static final String THREAD_COLUMNS = """
			t.id, t.kind, t.status, t.employee_id, t.goal_id, t.started_by_employee_id, t.started_by_name,
			t.created_at, t.last_message_at, t.resolved_at, t.resolved_by_name""";

	private final JdbcClient jdbc;

	Threads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who writes: the account, its employee record (if any) and the name shown with the message. */
	record Author(UUID userId, UUID employeeId, String name) {
	}

	record Row(UUID id, ThreadKind kind, ThreadStatus status, UUID employeeId, UUID goalId, UUID startedByEmployeeId,
			String startedByName, Instant createdAt, Instant lastMessageAt, Instant resolvedAt, String resolvedByName) {
	}

	/** Which threads to list; null fields do not filter, {@code employees} null means the whole company. */
	record Filter(ThreadKind kind, Collection<UUID> employees, UUID employeeId, UUID goalId, ThreadStatus status) {
	}

	record Summary(Row thread, int messageCount, String opening) {
	}

	record Page(List<Summary> items, long total) {
	}

	UUID start(UUID tenant, ThreadKind kind, UUID employeeId, UUID goalId, Author author, Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into engagement_thread (id, tenant_id, kind, employee_id, goal_id, status, started_by_user_id,
				    started_by_employee_id, started_by_name, created_at, last_message_at)
				values (:id, :tenant, :kind, :employee, :goal, 'OPEN', :user, :authorEmployee, :name, :at, :at)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("kind", kind.name())
			.param("employee", employeeId)
			.param("goal", goalId)
			.param("user", author.userId())
			.param("authorEmployee", author.employeeId())
			.param("name", author.name())
			.param("at", Timestamp.from(at))
			.update();
		return id;
	}

	/**
	 * Adds a message at the end of the thread. Touching the thread first takes its row lock, so concurrent
	 * writers in one thread take turns and each numbers its message after the other's.
	 */
	MessageView append(UUID tenant, UUID threadId, Author author, String body, Instant at) {
		jdbc.sql("update engagement_thread set last_message_at = :at where tenant_id = :tenant and id = :id")
			.param("at", Timestamp.from(at))
			.param("tenant", tenant)
			.param("id", threadId)
			.update();
		int sequence = jdbc.sql("select coalesce(max(seq), 0) + 1 from engagement_message where tenant_id = :tenant "
				+ "and thread_id = :thread")
			.param("tenant", tenant)
			.param("thread", threadId)
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into engagement_message (id, tenant_id, thread_id, seq, author_user_id, author_employee_id,
				    author_name, body, created_at)
				values (:id, :tenant, :thread, :seq, :user, :employee, :name, :body, :at)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("thread", threadId)
			.param("seq", sequence)
			.param("user", author.userId())
			.param("employee", author.employeeId())
			.param("name", author.name())
			.param("body", body)
			.param("at", Timestamp.from(at))
			.update();
		return new MessageView(id, sequence, author.employeeId(), author.name(), body, at);
	}

	Optional<Row> find(UUID tenant, UUID id) {
		return jdbc.sql("select " + THREAD_COLUMNS + " from engagement_thread t where t.tenant_id = :tenant and t.id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(Threads::row)
			.optional();
	}

	List<MessageView> messages(UUID tenant, UUID threadId) {
		return jdbc.sql("""
				select id, seq, author_employee_id, author_name, body, created_at from engagement_message
				where tenant_id = :tenant and thread_id = :thread order by seq
				""")
			.param("tenant", tenant)
			.param("thread", threadId)
			.query((rs, n) -> new MessageView(rs.getObject("id", UUID.class), rs.getInt("seq"),
					rs.getObject("author_employee_id", UUID.class), rs.getString("author_name"), rs.getString("body"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** OPEN → {@code status}; false when the thread was no longer open. */
	boolean finish(UUID tenant, UUID id, ThreadStatus status, Author by, Instant at) {
		return jdbc.sql("""
				update engagement_thread set status = :status, resolved_at = :at, resolved_by_employee_id = :employee,
				    resolved_by_name = :name
				where tenant_id = :tenant and id = :id and status = 'OPEN'
				""")
			.param("status", status.name())
			.param("at", Timestamp.from(at))
			.param("employee", by.employeeId())
			.param("name", by.name())
			.param("tenant", tenant)
			.param("id", id)
			.update() == 1;
	}

	/** Most recently active first. */
	Page page(UUID tenant, Filter filter, int limit, long offset) {
		if (filter.employees() != null && filter.employees().isEmpty()) {
			return new Page(List.of(), 0);
		}
		StringBuilder where = new StringBuilder(" where t.tenant_id = :tenant");
		Map<String, Object> params = new HashMap<>();
		params.put("tenant", tenant);
		if (filter.kind() != null) {
			where.append(" and t.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.employees() != null) {
			where.append(" and t.employee_id in (:employees)");
			params.put("employees", List.copyOf(filter.employees()));
		}
		if (filter.employeeId() != null) {
			where.append(" and t.employee_id = :employee");
			params.put("employee", filter.employeeId());
		}
		if (filter.goalId() != null) {
			where.append(" and t.goal_id = :goal");
			params.put("goal", filter.goalId());
		}
		if (filter.status() != null) {
			where.append(" and t.status = :status");
			params.put("status", filter.status().name());
		}
		long total = jdbc.sql("select count(*) from engagement_thread t" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Summary> items = new ArrayList<>(jdbc.sql("select " + THREAD_COLUMNS + """
				,
				    (select count(*) from engagement_message m where m.tenant_id = t.tenant_id and m.thread_id = t.id) messages,
				    (select m.body from engagement_message m where m.tenant_id = t.tenant_id and m.thread_id = t.id
				        and m.seq = 1) opening
				from engagement_thread t""" + where + " order by t.last_message_at desc, t.id limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Summary(row(rs, n), rs.getInt("messages"), rs.getString("opening")))
			.list());
		return new Page(items, total);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), ThreadKind.valueOf(rs.getString("kind")),
				ThreadStatus.valueOf(rs.getString("status")), rs.getObject("employee_id", UUID.class),
				rs.getObject("goal_id", UUID.class), rs.getObject("started_by_employee_id", UUID.class),
				rs.getString("started_by_name"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("last_message_at")), instant(rs.getTimestamp("resolved_at")),
				rs.getString("resolved_by_name"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
