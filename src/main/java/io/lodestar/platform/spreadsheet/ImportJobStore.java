package io.lodestar.platform.spreadsheet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code platform_import_job} table. The uploaded file is kept only while the job may still need it
 * (until it is imported or found invalid), then removed. Every statement is filtered by tenant.
 */
@Component
class ImportJobStore {

	private static final String COLUMNS = """
			id, tenant_id, user_id, kind, file_name, status, total_rows, processed_rows, report, created_at, finished_at
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate separately;

	ImportJobStore(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void insert(ImportJob job, byte[] content) {
		jdbc.sql("""
				insert into platform_import_job (id, tenant_id, user_id, kind, file_name, content, status, total_rows,
				    processed_rows, report, created_at, finished_at, heartbeat_at, version)
				values (:id, :tenant, :user, :kind, :fileName, :content, :status, 0, 0, null, :createdAt, null, :createdAt, 0)
				""")
			.param("id", job.id())
			.param("tenant", job.tenantId())
			.param("user", job.userId())
			.param("kind", job.kind())
			.param("fileName", job.fileName())
			.param("content", content)
			.param("status", job.status().name())
			.param("createdAt", Timestamp.from(job.createdAt()))
			.update();
	}

	Optional<ImportJob> find(UUID tenant, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from platform_import_job where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(this::job)
			.optional();
	}

	Optional<byte[]> content(UUID tenant, UUID id) {
		return jdbc.sql("select content from platform_import_job where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	List<ImportJob> recent(UUID tenant, int limit) {
		return jdbc
			.sql("select " + COLUMNS + """
					 from platform_import_job where tenant_id = :tenant order by created_at desc, id limit :limit
					""")
			.param("tenant", tenant)
			.param("limit", limit)
			.query(this::job)
			.list();
	}

	/** A phase starts: how many rows there are, none done yet. Committed at once so pages see it. */
	void start(UUID tenant, UUID id, int totalRows) {
		separately.executeWithoutResult(status -> jdbc.sql("""
				update platform_import_job set total_rows = :total, processed_rows = 0, heartbeat_at = :now,
				    version = version + 1
				where tenant_id = :tenant and id = :id
				""").param("total", totalRows).param("now", now()).param("tenant", tenant).param("id", id).update());
	}

	/** Committed in its own transaction, so progress shows while the import's transaction is still open. */
	void progress(UUID tenant, UUID id, int processedRows) {
		separately.executeWithoutResult(status -> jdbc.sql("""
				update platform_import_job set processed_rows = :processed, heartbeat_at = :now, version = version + 1
				where tenant_id = :tenant and id = :id
				""").param("processed", processedRows).param("now", now()).param("tenant", tenant).param("id", id)
			.update());
	}

	/** The heartbeat of every job this node is working on, in a transaction of its own. */
	void beat(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		separately.executeWithoutResult(status -> jdbc.sql("""
				update platform_import_job set heartbeat_at = :now
				where id in (:ids) and status in ('VALIDATING', 'IMPORTING')
				""").param("now", now()).param("ids", List.copyOf(ids)).update());
	}

	/** Running jobs (of every company) whose heartbeat is older than {@code staleBefore}: their node is gone. */
	List<ImportJob> abandoned(Instant staleBefore) {
		return jdbc.sql("select " + COLUMNS + """
				 from platform_import_job where status in ('VALIDATING', 'IMPORTING')
				and coalesce(heartbeat_at, created_at) < :stale
				""").param("stale", Timestamp.from(staleBefore)).query(this::job).list();
	}

	/**
	 * Marks the job failed if it is still running with a heartbeat older than {@code staleBefore}; one
	 * conditional update, so a job that beat meanwhile, or that another node marked already, is left alone.
	 */
	boolean failIfAbandoned(UUID tenant, UUID id, Instant staleBefore, ImportReport report) {
		return jdbc.sql("""
				update platform_import_job set status = 'FAILED', report = :report, content = null, finished_at = :now,
				    version = version + 1
				where tenant_id = :tenant and id = :id and status in ('VALIDATING', 'IMPORTING')
				and coalesce(heartbeat_at, created_at) < :stale
				""")
			.param("report", json.writeValueAsString(report))
			.param("now", now())
			.param("tenant", tenant)
			.param("id", id)
			.param("stale", Timestamp.from(staleBefore))
			.update() == 1;
	}

	/**
	 * Moves the job from one status to another only if it is still in the first: of two confirmations arriving
	 * together exactly one wins.
	 */
	boolean transition(UUID tenant, UUID id, ImportStatus from, ImportStatus to) {
		return jdbc.sql("""
				update platform_import_job set status = :to, processed_rows = 0, heartbeat_at = :now,
				    version = version + 1
				where tenant_id = :tenant and id = :id and status = :from
				""")
			.param("to", to.name())
			.param("now", now())
			.param("tenant", tenant)
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	/**
	 * Records the outcome of a phase (in the caller's transaction, if any: a finished import commits together
	 * with its data). The file is dropped once the job is finished. Only a running job changes: false when it is
	 * no longer running (another node gave up on it as abandoned), and then the caller must not go on.
	 */
	boolean record(UUID tenant, UUID id, ImportStatus status, ImportReport report) {
		boolean finished = status.finished();
		return jdbc.sql("update platform_import_job set status = :status, report = :report, processed_rows = total_rows, "
				+ (finished ? "content = null, finished_at = :now, " : "")
				+ "version = version + 1 where tenant_id = :tenant and id = :id "
				+ "and status in ('VALIDATING', 'IMPORTING')")
			.param("status", status.name())
			.param("report", json.writeValueAsString(report))
			.params(finished ? java.util.Map.of("now", Timestamp.from(Instant.now())) : java.util.Map.of())
			.param("tenant", tenant)
			.param("id", id)
			.update() == 1;
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

	private ImportJob job(ResultSet row, int number) throws SQLException {
		String report = row.getString("report");
		Timestamp finished = row.getTimestamp("finished_at");
		return new ImportJob(row.getObject("id", UUID.class), row.getObject("tenant_id", UUID.class),
				row.getObject("user_id", UUID.class), row.getString("kind"), row.getString("file_name"),
				ImportStatus.valueOf(row.getString("status")), row.getInt("total_rows"), row.getInt("processed_rows"),
				report == null ? ImportReport.empty() : json.readValue(report, ImportReport.class),
				row.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
	}

}
