package io.lodestar.appraisal;

import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.platform.jobs.Heartbeats;
import io.lodestar.platform.operations.BackgroundRequestIds;
import io.lodestar.platform.operations.BusinessMetrics;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Runs the computation of a cycle's scores, grades and pay. Up to {@code lodestar.appraisal.sync-limit}
 * appraisals (2,000 by default: well under a second) it runs in the request's transaction. A larger cycle is
 * computed in the background after the request commits — one transaction per {@value AppraisalScoring#CHUNK}
 * appraisals ({@code lodestar.appraisal.chunk-size}), progress written after each — so no request waits on 100,000 people, and the cycle page shows how
 * far it is. Meanwhile calibration and recomputing are refused.
 * <p>
 * A node killed mid-computation leaves some appraisals scored by this run and others by the previous one. So the
 * running computation keeps a heartbeat on its cycle ({@code compute_heartbeat_at}, every few seconds and after
 * every chunk); whichever node sees it stale (at start and periodically, {@link Heartbeats}) marks the cycle
 * failed, and while the last computation failed nothing takes the scores as final: calibrating and publishing
 * the results are refused ({@link #refuseUnlessComputed}) until HR recomputes. Each run writes only while the
 * cycle still names it ({@code compute_run}): a run that was given up on rolls its chunk back rather than write
 * over a newer one.
 */
@Component
class ScoreComputations implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ScoreComputations.class);

	private final JdbcClient jdbc;

	private final AppraisalScoring scoring;

	private final TransactionTemplate inTransaction;

	private final int syncLimit;

	private final BusinessMetrics metrics;

	private final Heartbeats heartbeats;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	/** Runs this node started and has not finished (queued ones too: their cycles wait for them). */
	private final Set<UUID> runs = ConcurrentHashMap.newKeySet();

	ScoreComputations(JdbcClient jdbc, AppraisalScoring scoring, PlatformTransactionManager transactions,
			@Value("${lodestar.appraisal.sync-limit:2000}") int syncLimit, BusinessMetrics metrics,
			Heartbeats heartbeats) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.inTransaction = new TransactionTemplate(transactions);
		this.syncLimit = syncLimit;
		this.metrics = metrics;
		this.heartbeats = heartbeats;
		heartbeats.beatEvery("appraisal computation heartbeats", this::beat);
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(100);
		executor.setThreadNamePrefix("appraisal-compute-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
	}

	/** Refuses what must wait for a running computation. */
	static void refuseWhileComputing(AppraisalCycle cycle) {
		if (cycle.computation().running()) {
			throw BusinessRuleException.conflict("appraisal.cycle.computing", null, cycle.computation().percent());
		}
	}

	/**
	 * Refuses what takes the scores as final (calibrating, publishing the results) while they are being computed
	 * or when the last computation failed: then some appraisals may carry scores of the previous computation.
	 */
	static void refuseUnlessComputed(AppraisalCycle cycle) {
		refuseWhileComputing(cycle);
		if (cycle.computation().error() != null) {
			throw BusinessRuleException.conflict("appraisal.cycle.computation-failed", null,
					cycle.computation().error());
		}
	}

	/** Starts computing the cycle, in the caller's transaction or (large cycles) after it commits. */
	void start(UUID tenant, AppraisalCycle cycle) {
		refuseWhileComputing(cycle);
		int total = jdbc.sql("select count(*) from appraisal where tenant_id = :tenant and cycle_id = :cycle")
			.param("tenant", tenant)
			.param("cycle", cycle.id())
			.query(Integer.class)
			.single();
		if (total <= syncLimit) {
			long started = System.nanoTime();
			scoring.compute(tenant, cycle);
			jdbc.sql("update appraisal_cycle set compute_error = null, compute_run = null "
					+ "where tenant_id = :tenant and id = :id")
				.param("tenant", tenant)
				.param("id", cycle.id())
				.update();
			metrics.appraisalComputed("inline", true, Duration.ofNanos(System.nanoTime() - started));
			return;
		}
		UUID run = UUID.randomUUID();
		jdbc.sql("""
				update appraisal_cycle set computing = true, compute_done = 0, compute_total = :total,
				    compute_error = null, compute_run = :run, compute_heartbeat_at = :now
				where tenant_id = :tenant and id = :id
				""")
			.param("total", total)
			.param("run", run)
			.param("now", Timestamp.from(Instant.now()))
			.param("tenant", tenant)
			.param("id", cycle.id())
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				runs.add(run);
				executor.execute(BackgroundRequestIds.carry(() -> run(tenant, cycle, run)));
			}
		});
	}

	private void run(UUID tenant, AppraisalCycle cycle, UUID run) {
		long started = System.nanoTime();
		try {
			AppraisalScoring.Plan plan = inTransaction.execute(status -> scoring.plan(tenant, cycle));
			int done = 0;
			for (List<AppraisalScoring.Inputs> chunk : plan.chunks()) {
				int after = done + chunk.size();
				inTransaction.executeWithoutResult(status -> {
					scoring.score(tenant, plan, chunk);
					progress(tenant, cycle.id(), run, after);
				});
				done = after;
			}
			inTransaction.executeWithoutResult(status -> {
				scoring.computePay(tenant, cycle, plan.template());
				claimed(jdbc.sql("update appraisal_cycle set computing = false, compute_done = compute_total, "
						+ "compute_run = null where tenant_id = :tenant and id = :id and compute_run = :run")
					.param("tenant", tenant)
					.param("id", cycle.id())
					.param("run", run)
					.update(), cycle.id());
			});
			metrics.appraisalComputed("background", true, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (ClaimLost lost) {
			metrics.appraisalComputed("background", false, Duration.ofNanos(System.nanoTime() - started));
			log.warn("Computing appraisal cycle {} stopped: {}", cycle.id(), lost.getMessage());
		}
		catch (RuntimeException failure) {
			metrics.appraisalComputed("background", false, Duration.ofNanos(System.nanoTime() - started));
			log.error("Computing appraisal cycle {} failed", cycle.id(), failure);
			failed(tenant, cycle.id(), run, failure.getClass().getSimpleName() + ": " + failure.getMessage());
		}
		finally {
			runs.remove(run);
		}
	}

	/** How many computations this node has started and not finished (tests). */
	int runsHere() {
		return runs.size();
	}

	/** Waits until the cycle is not computing (tests, benchmarks); false when the time ran out. */
	boolean awaitIdle(UUID tenant, UUID cycleId, Duration timeout) throws InterruptedException {
		Instant until = Instant.now().plus(timeout);
		while (Instant.now().isBefore(until)) {
			boolean running = jdbc.sql("select computing from appraisal_cycle where tenant_id = :tenant and id = :id")
				.param("tenant", tenant)
				.param("id", cycleId)
				.query(Boolean.class)
				.single();
			if (!running) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	/** From the moment this node is up, it looks for computations abandoned by dead nodes (itself before a restart). */
	@EventListener(ApplicationReadyEvent.class)
	void watchForAbandoned() {
		heartbeats.checkEvery("abandoned appraisal computations", this::failAbandoned);
	}

	/**
	 * Marks failed every computation whose heartbeat is stale: its node is gone and the cycle holds a mixture of
	 * this run's and the previous run's scores, so HR must recompute. Returns how many were found.
	 */
	int failAbandoned() {
		Instant stale = heartbeats.staleBefore();
		int found = jdbc.sql("""
				update appraisal_cycle set computing = false, compute_run = null,
				    compute_error = 'abandoned: the server computing it stopped'
				where computing = true and (compute_heartbeat_at is null or compute_heartbeat_at < :stale)
				""").param("stale", Timestamp.from(stale)).update();
		if (found > 0) {
			log.warn("Marked {} appraisal computation(s) failed: no heartbeat since {}", found, stale);
		}
		return found;
	}

	private void beat() {
		if (runs.isEmpty()) {
			return;
		}
		jdbc.sql("update appraisal_cycle set compute_heartbeat_at = :now where compute_run in (:runs)")
			.param("now", Timestamp.from(Instant.now()))
			.param("runs", List.copyOf(runs))
			.update();
	}

	/** Progress and heartbeat, in the chunk's transaction: a run that lost its claim rolls the chunk back. */
	private void progress(UUID tenant, UUID cycle, UUID run, int done) {
		claimed(jdbc.sql("""
				update appraisal_cycle set compute_done = :done, compute_heartbeat_at = :now
				where tenant_id = :tenant and id = :id and compute_run = :run
				""")
			.param("done", done)
			.param("now", Timestamp.from(Instant.now()))
			.param("tenant", tenant)
			.param("id", cycle)
			.param("run", run)
			.update(), cycle);
	}

	private static void claimed(int updated, UUID cycle) {
		if (updated != 1) {
			throw new ClaimLost("cycle " + cycle + " no longer runs this computation (given up as abandoned)");
		}
	}

	private void failed(UUID tenant, UUID cycle, UUID run, String error) {
		inTransaction.executeWithoutResult(status -> jdbc.sql("""
				update appraisal_cycle set computing = false, compute_error = :error, compute_run = null
				where tenant_id = :tenant and id = :id and compute_run = :run
				""")
			.param("error", error.length() > 500 ? error.substring(0, 499) + "…" : error)
			.param("tenant", tenant)
			.param("id", cycle)
			.param("run", run)
			.update());
	}

	/** The cycle no longer names this run: another node gave up on it. Roll back, write nothing more. */
	private static final class ClaimLost extends RuntimeException {

		ClaimLost(String message) {
			super(message);
		}

	}

	@Override
	public void destroy() {
		executor.shutdown();
	}

}
