package io.lodestar.operations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import io.lodestar.platform.operations.BackgroundRequestIds;
import io.lodestar.platform.operations.BusinessMetrics;

/**
 * Backups and verifications that run in the background, one at a time across all nodes, with their progress in
 * {@code operations_backup_run} so that whichever node serves the admin page shows it. A run whose heartbeat is
 * older than {@link #ABANDONED_AFTER} belonged to a node that stopped; the next start marks it abandoned.
 */
@Component
public class BackupRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BackupRuns.class);

	static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	/** Progress is written at most this often, so a backup of many small tables does not become many updates. */
	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

	private static final String SLOT = "backup";

	private final Backups backups;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final BusinessMetrics metrics;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	BackupRuns(Backups backups, JdbcClient jdbc, Clock clock, BusinessMetrics metrics) {
		this.backups = backups;
		this.jdbc = jdbc;
		this.clock = clock;
		this.metrics = metrics;
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("backup-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
	}

	/** Starts a backup in the background; empty when one is already running (on any node). */
	public Optional<UUID> startBackup(String label, String startedBy) {
		return claim(BackupRun.BACKUP, label, startedBy).map(id -> {
			executor.execute(BackgroundRequestIds.carry(() -> backUp(id, label)));
			return id;
		});
	}

	/** Starts verifying an archive in the background; empty when a backup or verification is running. */
	public Optional<UUID> startVerification(String archive, String startedBy) {
		backups.archive(archive); // an unknown name is refused now, not in the background
		return claim(BackupRun.VERIFY, archive, startedBy).map(id -> {
			executor.execute(BackgroundRequestIds.carry(() -> verify(id, archive)));
			return id;
		});
	}

	/** Runs a backup on the calling thread (the schedule); false when another one was running. */
	boolean backUpNow(String label, String startedBy) {
		Optional<UUID> claimed = claim(BackupRun.BACKUP, label, startedBy);
		claimed.ifPresent(id -> backUp(id, label));
		return claimed.isPresent();
	}

	/** The run in progress, else the newest that ended. */
	public Optional<BackupRun> latest() {
		return jdbc.sql("select * from operations_backup_run "
				+ "order by case when running_slot is null then 1 else 0 end, started_at desc, id limit 1")
			.query(BackupRuns::map)
			.optional()
			.map(this::shownAsAbandonedIfStale);
	}

	public Optional<BackupRun> find(UUID id) {
		return jdbc.sql("select * from operations_backup_run where id = ?").param(id).query(BackupRuns::map)
			.optional().map(this::shownAsAbandonedIfStale);
	}

	private static BackupRun map(ResultSet row, int number) throws SQLException {
		return new BackupRun(row.getObject("id", UUID.class), row.getString("kind"), row.getString("label"),
				row.getString("started_by"), instant(row, "started_at"), instant(row, "heartbeat_at"),
				row.getInt("tables_total"), row.getInt("tables_done"), row.getLong("rows_done"),
				row.getString("outcome"), row.getString("archive"), row.getString("message"),
				instant(row, "finished_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private BackupRun shownAsAbandonedIfStale(BackupRun run) {
		if (!run.running() || !stale(run.heartbeatAt())) {
			return run;
		}
		return new BackupRun(run.id(), run.kind(), run.label(), run.startedBy(), run.startedAt(), run.heartbeatAt(),
				run.tablesTotal(), run.tablesDone(), run.rowsDone(), "ABANDONED", run.archive(), run.message(),
				run.heartbeatAt());
	}

	private boolean stale(Instant heartbeat) {
		return heartbeat.isBefore(clock.instant().minus(ABANDONED_AFTER));
	}

	private Optional<UUID> claim(String kind, String label, String startedBy) {
		Instant now = clock.instant();
		int abandoned = jdbc.sql("""
				update operations_backup_run set running_slot = null, outcome = 'ABANDONED', finished_at = :now,
				    message = 'Its node stopped while it ran'
				where running_slot is not null and heartbeat_at < :stale
				""").param("now", Timestamp.from(now)).param("stale", Timestamp.from(now.minus(ABANDONED_AFTER))).update();
		if (abandoned > 0) {
			log.warn("A backup run whose node stopped was marked abandoned");
		}
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into operations_backup_run (id, kind, label, started_by, started_at, heartbeat_at,
					    running_slot, outcome)
					values (:id, :kind, :label, :by, :now, :now, :slot, 'RUNNING')
					""").param("id", id).param("kind", kind).param("label", label).param("by", startedBy)
				.param("now", Timestamp.from(now)).param("slot", SLOT).update();
			return Optional.of(id);
		}
		catch (DuplicateKeyException running) {
			return Optional.empty();
		}
	}

	private void backUp(UUID id, String label) {
		run(id, BackupRun.BACKUP, () -> {
			Progress progress = new Progress(id);
			BackupStatus status = backups.backup(label, progress);
			return new Ended(Boolean.TRUE.equals(status.verified()) ? "VERIFIED" : "UNVERIFIED", status.name(),
					status.message());
		});
	}

	private void verify(UUID id, String archive) {
		run(id, BackupRun.VERIFY, () -> {
			BackupStatus status = backups.verify(archive);
			return new Ended(Boolean.TRUE.equals(status.verified()) ? "VERIFIED" : "UNVERIFIED", status.name(),
					status.message());
		});
	}

	private record Ended(String outcome, String archive, String message) {
	}

	private void run(UUID id, String kind, Supplier<Ended> work) {
		long started = System.nanoTime();
		Ended ended;
		try {
			ended = work.get();
		}
		catch (RuntimeException failed) {
			log.error("Backup run {} failed: {}", id, failed.getMessage(), failed);
			ended = new Ended("FAILED", null, failed.getMessage());
		}
		if ("UNVERIFIED".equals(ended.outcome())) {
			log.error("Backup {} did not verify: {}", ended.archive(), ended.message());
		}
		String message = ended.message() == null ? null
				: ended.message().substring(0, Math.min(1000, ended.message().length()));
		jdbc.sql("""
				update operations_backup_run set running_slot = null, outcome = :outcome, archive = :archive,
				    message = :message, finished_at = :now, heartbeat_at = :now where id = :id
				""").param("outcome", ended.outcome()).param("archive", ended.archive()).param("message", message)
			.param("now", Timestamp.from(clock.instant())).param("id", id).update();
		metrics.backupRan(kind, "VERIFIED".equals(ended.outcome()),
				Duration.ofNanos(System.nanoTime() - started));
	}

	/** Writes the writer's progress (and so the heartbeat) at most once a second, and after the last table. */
	private final class Progress implements BackupWriter.Progress {

		private final UUID id;

		private Instant written = Instant.EPOCH;

		Progress(UUID id) {
			this.id = id;
		}

		@Override
		public void reached(int tablesDone, int tablesTotal, long rows) {
			Instant now = clock.instant();
			if (tablesDone < tablesTotal && now.isBefore(written.plus(PROGRESS_EVERY))) {
				return;
			}
			written = now;
			jdbc.sql("""
					update operations_backup_run set tables_done = :done, tables_total = :total, rows_done = :rows,
					    heartbeat_at = :now where id = :id
					""").param("done", tablesDone).param("total", tablesTotal).param("rows", rows)
				.param("now", Timestamp.from(now)).param("id", id).update();
		}

	}

	@Override
	public void destroy() {
		executor.shutdown();
	}

}
