package io.lodestar.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.lodestar.platform.jobs.JobLocks;

/**
 * Every minute, runs the connectors whose time has come, one after the other. Safe with several nodes: each
 * run first claims its connector with an atomic update, so a connector due on two nodes runs once; a claim left
 * by a node that died expires after 15 minutes. {@code lodestar.integration.scheduler-cron: "-"} turns the
 * scheduler off (tests call {@link #runDue} with the time they want).
 */
@Component
class ConnectorScheduler {

	/** Connectors started per tick at most; the rest follow in the next minute. */
	static final int PER_TICK = 50;

	private static final Logger log = LoggerFactory.getLogger(ConnectorScheduler.class);

	private final ConnectorRuns runs;

	private final ConnectorRunner runner;

	private final Clock clock;

	private final JobLocks jobs;

	ConnectorScheduler(ConnectorRuns runs, ConnectorRunner runner, Clock clock, JobLocks jobs) {
		this.jobs = jobs;
		this.runs = runs;
		this.runner = runner;
		this.clock = clock;
	}

	@Scheduled(cron = "${lodestar.integration.scheduler-cron:0 * * * * *}")
	void everyMinute() {
		// runs are claimed one by one anyway; the lease spares the other instances scanning for due connectors at
		// the same moment. Held at least 20 s (below the minute between ticks), at most the 15 minutes of a claim.
		jobs.runOnce("integration:connector-scheduler", Duration.ofSeconds(20), Duration.ofMinutes(15),
				() -> runDue(clock.instant()));
	}

	/** Runs what is due at {@code now}; returns how many runs took place. */
	int runDue(Instant now) {
		int ran = 0;
		for (ConnectorRuns.Due due : runs.due(now, PER_TICK)) {
			try {
				if (runner.run(due.tenant(), due.connectorId(), RunTrigger.SCHEDULE, now).isPresent()) {
					ran++;
				}
			}
			catch (RuntimeException failed) {
				// one company's broken connector must not stop the others
				log.warn("Scheduled run of connector {} failed", due.connectorId(), failed);
			}
		}
		return ran;
	}

}
