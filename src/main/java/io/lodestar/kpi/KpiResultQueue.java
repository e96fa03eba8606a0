package io.lodestar.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.platform.operations.BackgroundRequestIds;

/**
 * Results of large batches, computed after they are stored. A batch leaves one row per KPI (the first and last
 * date of its actuals) in the transaction that stores the actuals; after commit the worker thread wakes, claims
 * up to {@value #ROUND} rows with one conditional update (so two nodes never take the same rows), merges them per
 * KPI and recomputes the results, the rollup and people's scores in one transaction per company, deleting the
 * rows in that transaction. KPIs that arrive while a round runs wait for the next one: under a stream of batches
 * each shared parent goal is rolled up once per round instead of once per batch. While batches keep arriving
 * on this node a round waits for a pause of {@code settle} (at most {@code max-delay}): on a small server,
 * computing results while accepting competes for the same processors and slows intake down. A failed round
 * leaves its rows claimed until the claim times out, then they are tried again.
 */
@Component
class KpiResultQueue {

	private static final Logger log = LoggerFactory.getLogger(KpiResultQueue.class);

	/** Queue rows claimed per round. */
	static final int ROUND = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final KpiResults results;

	private final TransactionTemplate transactions;

	private final KpiResultProperties properties;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "kpi-results");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean roundWaiting = new AtomicBoolean();

	private final IntakePause intake;

	KpiResultQueue(JdbcClient jdbc, JdbcTemplate batches, KpiResults results, TransactionTemplate transactions,
			KpiResultProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.results = results;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		this.intake = new IntakePause(properties.settle(), properties.maxDelay());
	}

	/** Queues the KPIs' results (inside the transaction storing their actuals) and wakes the worker after commit. */
	void enqueue(UUID tenant, Map<UUID, Set<LocalDate>> datesByKpi) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>(datesByKpi.size());
		datesByKpi.forEach((kpi, dates) -> rows.add(new Object[] { UUID.randomUUID(), tenant, kpi,
				Date.valueOf(Collections.min(dates)), Date.valueOf(Collections.max(dates)), now }));
		batches.batchUpdate("insert into kpi_result_pending (id, tenant_id, kpi_id, first_on, last_on, queued_at) "
				+ "values (?, ?, ?, ?, ?, ?)", rows);
		intake.queued();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/** How many KPIs of the company still wait for their results. */
	int waiting(UUID tenant) {
		return jdbc.sql("select count(distinct kpi_id) from kpi_result_pending where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Integer.class)
			.single();
	}

	@Scheduled(fixedDelayString = "${lodestar.kpi.results.queue-interval:5s}", initialDelayString = "5s")
	void everyInterval() {
		wake();
	}

	/** Starts a round on the worker thread unless one is already waiting to start. */
	void wake() {
		if (roundWaiting.compareAndSet(false, true)) {
			// a round started by a request or a scheduled run logs under its request id
			worker.execute(BackgroundRequestIds.carry(() -> {
				roundWaiting.set(false);
				try {
					do {
						intake.await();
					}
					while (round() > 0);
				}
				catch (RuntimeException failed) {
					log.warn("KPI results round failed; the next round retries", failed);
				}
				catch (InterruptedException stopping) {
					Thread.currentThread().interrupt();
				}
			}));
		}
	}

	/**
	 * Computes the company's queued results now, in the caller's thread and transaction (which may hold queued rows
	 * not yet committed): for a caller that goes on to use them at once, like the demo's appraisal.
	 */
	void completeNow(UUID tenant) {
		Map<UUID, LocalDate[]> ranges = new HashMap<>();
		Timestamp expired = Timestamp.from(clock.instant().minus(properties.claimTimeout()));
		jdbc.sql("select kpi_id, min(first_on), max(last_on) from kpi_result_pending where tenant_id = :tenant "
				+ "and (claim_id is null or claimed_at < :expired) group by kpi_id")
			.param("tenant", tenant)
			.param("expired", expired)
			.query(rs -> {
				ranges.put(rs.getObject(1, UUID.class),
						new LocalDate[] { rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate() });
			});
		if (ranges.isEmpty()) {
			return;
		}
		results.recomputeBetween(tenant, ranges);
		for (List<UUID> chunk : KpiResults.chunks(ranges.keySet())) {
			jdbc.sql("delete from kpi_result_pending where tenant_id = :tenant and kpi_id in (:kpis) "
					+ "and (claim_id is null or claimed_at < :expired)")
				.param("tenant", tenant)
				.param("kpis", chunk)
				.param("expired", expired)
				.update();
		}
	}

	/** One round: claims queued KPIs, computes their results; returns how many queue rows it claimed. */
	int round() {
		UUID claim = UUID.randomUUID();
		Instant now = clock.instant();
		Timestamp expired = Timestamp.from(now.minus(properties.claimTimeout()));
		int claimed = jdbc.sql("""
				update kpi_result_pending set claim_id = :claim, claimed_at = :now
				where (claim_id is null or claimed_at < :expired) and id in (
				    select id from kpi_result_pending where claim_id is null or claimed_at < :expired
				    order by queued_at fetch first %d rows only)
				""".formatted(ROUND))
			.param("claim", claim)
			.param("now", Timestamp.from(now))
			.param("expired", expired)
			.update();
		if (claimed == 0) {
			return 0;
		}
		Map<UUID, Map<UUID, LocalDate[]>> byTenant = new HashMap<>();
		jdbc.sql("select tenant_id, kpi_id, min(first_on), max(last_on) from kpi_result_pending where claim_id = :claim "
				+ "group by tenant_id, kpi_id")
			.param("claim", claim)
			.query(rs -> {
				byTenant.computeIfAbsent(rs.getObject(1, UUID.class), tenant -> new HashMap<>())
					.put(rs.getObject(2, UUID.class),
							new LocalDate[] { rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate() });
			});
		byTenant.forEach((tenant, ranges) -> {
			try {
				transactions.executeWithoutResult(status -> {
					results.recomputeBetween(tenant, ranges);
					jdbc.sql("delete from kpi_result_pending where claim_id = :claim and tenant_id = :tenant")
						.param("claim", claim)
						.param("tenant", tenant)
						.update();
				});
			}
			catch (RuntimeException failed) {
				log.warn("KPI results of company {} failed; retried when the claim times out", tenant, failed);
			}
		});
		return claimed;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
