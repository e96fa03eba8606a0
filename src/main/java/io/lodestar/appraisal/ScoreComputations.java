package io.lodestar.appraisal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

import io.lodestar.platform.operations.BackgroundRequestIds;
import io.lodestar.platform.operations.BusinessMetrics;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Runs the computation of a cycle's scores, grades and pay. Up to {@code lodestar.appraisal.sync-limit}
 * appraisals (2,000 by default: well under a second) it runs in the request's transaction. A larger cycle is
 * computed in the background after the request commits — one transaction per {@value AppraisalScoring#CHUNK}
 * appraisals, progress written after each — so no request waits on 100,000 people, and the cycle page shows how
 * far it is. Meanwhile calibration and recomputing are refused. A computation cut short by a restart is marked
 * failed at the next start; HR recomputes.
 */
@Component
class ScoreComputations implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ScoreComputations.class);

	private final JdbcClient jdbc;

	private final AppraisalScoring scoring;

	private final TransactionTemplate inTransaction;

	private final int syncLimit;

	private final BusinessMetrics metrics;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	ScoreComputations(JdbcClient jdbc, AppraisalScoring scoring, PlatformTransactionManager transactions,
			@Value("${lodestar.appraisal.sync-limit:2000}") int syncLimit, BusinessMetrics metrics) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.inTransaction = new TransactionTemplate(transactions);
		this.syncLimit = syncLimit;
		this.metrics = metrics;
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
			metrics.appraisalComputed("inline", true, Duration.ofNanos(System.nanoTime() - started));
			return;
		}
		jdbc.sql("""
				update appraisal_cycle set computing = true, compute_done = 0, compute_total = :total,
				    compute_error = null where tenant_id = :tenant and id = :id
				""").param("total", total).param("tenant", tenant).param("id", cycle.id()).update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				executor.execute(BackgroundRequestIds.carry(() -> run(tenant, cycle)));
			}
		});
	}

	private void run(UUID tenant, AppraisalCycle cycle) {
		long started = System.nanoTime();
		try {
			AppraisalScoring.Plan plan = inTransaction.execute(status -> scoring.plan(tenant, cycle));
			int done = 0;
			for (List<AppraisalScoring.Inputs> chunk : plan.chunks()) {
				int after = done + chunk.size();
				inTransaction.executeWithoutResult(status -> {
					scoring.score(tenant, plan, chunk);
					progress(tenant, cycle.id(), after);
				});
				done = after;
			}
			inTransaction.executeWithoutResult(status -> {
				scoring.computePay(tenant, cycle, plan.template());
				jdbc.sql("update appraisal_cycle set computing = false, compute_done = compute_total "
						+ "where tenant_id = :tenant and id = :id")
					.param("tenant", tenant)
					.param("id", cycle.id())
					.update();
			});
			metrics.appraisalComputed("background", true, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (RuntimeException failure) {
			metrics.appraisalComputed("background", false, Duration.ofNanos(System.nanoTime() - started));
			log.error("Computing appraisal cycle {} failed", cycle.id(), failure);
			failed(tenant, cycle.id(), failure.getClass().getSimpleName() + ": " + failure.getMessage());
		}
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

	@EventListener(ApplicationReadyEvent.class)
	void markInterrupted() {
		jdbc.sql("update appraisal_cycle set computing = false, compute_error = 'interrupted by a restart' "
				+ "where computing = true").update();
	}

	private void progress(UUID tenant, UUID cycle, int done) {
		jdbc.sql("update appraisal_cycle set compute_done = :done where tenant_id = :tenant and id = :id")
			.param("done", done)
			.param("tenant", tenant)
			.param("id", cycle)
			.update();
	}

	private void failed(UUID tenant, UUID cycle, String error) {
		inTransaction.executeWithoutResult(status -> jdbc.sql("""
				update appraisal_cycle set computing = false, compute_error = :error
				where tenant_id = :tenant and id = :id
				""")
			.param("error", error.length() > 500 ? error.substring(0, 499) + "…" : error)
			.param("tenant", tenant)
			.param("id", cycle)
			.update());
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}

}
