package io.lodestar.platform.operations;

import java.util.UUID;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.slf4j.MDC;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.stereotype.Component;

/**
 * Background work gets a request id in its log lines too: every run of a {@code @Scheduled} job one of its own
 * ({@code job-…}), and work handed to another thread the id of the request that started it ({@link #carry}).
 * Scheduled runs are observed by Spring (which also times them: {@code tasks.scheduled.execution}); this
 * handler only adds the log context.
 */
@Component
public class BackgroundRequestIds implements ObservationHandler<ScheduledTaskObservationContext> {

	static final String KEY = "requestId";

	@Override
	public void onStart(ScheduledTaskObservationContext context) {
		MDC.put(KEY, "job-" + UUID.randomUUID());
	}

	@Override
	public void onStop(ScheduledTaskObservationContext context) {
		MDC.remove(KEY);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof ScheduledTaskObservationContext;
	}

	/** The task, run with the calling thread's request id in its log lines. */
	public static Runnable carry(Runnable task) {
		String id = MDC.get(KEY);
		return () -> {
			String previous = MDC.get(KEY);
			MDC.put(KEY, id != null ? id : "job-" + UUID.randomUUID());
			try {
				task.run();
			}
			finally {
				if (previous == null) {
					MDC.remove(KEY);
				}
				else {
					MDC.put(KEY, previous);
				}
			}
		};
	}

}
