package io.lodestar.platform.jobs;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps the heartbeats of background work and the periodic search for abandoned work going, on a small
 * scheduler of their own: a beat must not wait behind the work it vouches for, nor behind other scheduled jobs.
 * Work whose heartbeat is older than {@link BackgroundWorkProperties#abandonAfter()} belongs to a node that is
 * gone; any node may then mark it failed (one conditional update, so two nodes noticing together do no harm).
 * Unlike "failed at the next start", this never touches work another live node is doing.
 */
@Component
public class Heartbeats implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

	private final BackgroundWorkProperties properties;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	Heartbeats(BackgroundWorkProperties properties) {
		this.properties = properties;
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("heartbeat-");
		scheduler.setDaemon(true);
		scheduler.initialize();
	}

	/** Calls {@code beat} every heartbeat interval (it should update the heartbeat of everything running here). */
	public void beatEvery(String what, Runnable beat) {
		scheduler.scheduleWithFixedDelay(guarded(what, beat), properties.heartbeat());
	}

	/** Calls {@code check} at once and then periodically (it should mark abandoned work failed). */
	public void checkEvery(String what, Runnable check) {
		scheduler.scheduleWithFixedDelay(guarded(what, check), properties.checkEvery());
	}

	/** Heartbeats before this instant are stale: their work is abandoned. */
	public Instant staleBefore() {
		return Instant.now().minus(properties.abandonAfter());
	}

	/** A failing beat (database briefly away) must not end the schedule: the next one tries again. */
	private static Runnable guarded(String what, Runnable task) {
		return () -> {
			try {
				task.run();
			}
			catch (RuntimeException failure) {
				log.warn("{} failed: {}", what, failure.toString());
			}
		};
	}

	@Override
	public void destroy() {
		scheduler.shutdown();
	}

}
