package io.lodestar.platform.jobs;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease per scheduled job in {@code platform_job_lock}, so that a job that fires on every instance at the same
 * moment runs on one of them only. Taking the lease is one conditional update (or, the very first time, an insert
 * that only one instance can win), outside any transaction, so it works the same on H2 and PostgreSQL.
 * <p>
 * A lease is held for at least {@code atLeast} even when the run is quicker: instances whose clocks or timers fire
 * a moment later must still find it taken (keep it shorter than the job's interval and longer than the clock
 * difference between nodes). It ends at {@code atMost} at the latest, so a node that died mid-run does not keep
 * the job from running for ever (keep it longer than any run takes).
 */
@Component
public class JobLocks {

	private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Who holds a lease: readable in the table when looking for a stuck job. */
	private final String instance;

	JobLocks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
	}

	/**
	 * Runs {@code job} if no instance holds the job's lease (name it {@code module:job}, e.g. {@code okr:check-in-reminders}); returns whether it ran here. A failure of the job is
	 * logged (as a failed scheduled method would be) and the lease is released as after a successful run.
	 */
	public boolean runOnce(String name, Duration atLeast, Duration atMost, Runnable job) {
		// milliseconds: what every database stores exactly, so the release finds its own lease again
		Instant start = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		if (!acquire(name, start, start.plus(atMost))) {
			log.debug("Job {} is running or ran a moment ago on another instance", name);
			return false;
		}
		try {
			job.run();
		}
		catch (RuntimeException failed) {
			log.warn("Job {} failed", name, failed);
		}
		finally {
			release(name, start, atLeast);
		}
		return true;
	}

	private boolean acquire(String name, Instant now, Instant until) {
		int taken = jdbc.sql("""
				update platform_job_lock set locked_until = :until, locked_at = :now, locked_by = :by
				where name = :name and locked_until <= :now
				""")
			.param("name", name)
			.param("until", Timestamp.from(until))
			.param("now", Timestamp.from(now))
			.param("by", instance)
			.update();
		if (taken == 1) {
			return true;
		}
		try {
			return jdbc.sql("""
					insert into platform_job_lock (name, locked_until, locked_at, locked_by)
					select :name, :until, :now, :by where not exists (select 1 from platform_job_lock where name = :name)
					""")
				.param("name", name)
				.param("until", Timestamp.from(until))
				.param("now", Timestamp.from(now))
				.param("by", instance)
				.update() == 1;
		}
		catch (DataIntegrityViolationException insertedConcurrently) {
			return false;
		}
	}

	private void release(String name, Instant start, Duration atLeast) {
		Instant end = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Instant until = end.isAfter(start.plus(atLeast)) ? end : start.plus(atLeast);
		try {
			jdbc.sql("""
					update platform_job_lock set locked_until = :until, last_run_at = :end
					where name = :name and locked_by = :by and locked_at = :start
					""")
				.param("name", name)
				.param("until", Timestamp.from(until))
				.param("end", Timestamp.from(end))
				.param("by", instance)
				.param("start", Timestamp.from(start))
				.update();
		}
		catch (RuntimeException unreleased) {
			// the lease then simply runs out at its "at most" time
			log.warn("Could not release the lease of job {}", name, unreleased);
		}
	}

}
