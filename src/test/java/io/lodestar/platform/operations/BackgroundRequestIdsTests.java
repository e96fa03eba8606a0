package io.lodestar.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

/** Background work logs under a request id: each scheduled run its own, handed-off work its caller's. */
class BackgroundRequestIdsTests {

	@Test
	void everyScheduledRunLogsUnderItsOwnJobId() throws Exception {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new BackgroundRequestIds());
		AtomicReference<String> first = new AtomicReference<>();
		AtomicReference<String> second = new AtomicReference<>();
		var method = BackgroundRequestIdsTests.class.getDeclaredMethod("everyScheduledRunLogsUnderItsOwnJobId");
		Observation.createNotStarted("tasks.scheduled.execution", () -> new ScheduledTaskObservationContext(this, method),
				registry).observe(() -> first.set(MDC.get("requestId")));
		Observation.createNotStarted("tasks.scheduled.execution", () -> new ScheduledTaskObservationContext(this, method),
				registry).observe(() -> second.set(MDC.get("requestId")));
		assertThat(first.get()).startsWith("job-");
		assertThat(second.get()).startsWith("job-").isNotEqualTo(first.get());
		assertThat(MDC.get("requestId")).as("nothing left behind on the scheduler thread").isNull();
	}

	@Test
	void workHandedToAnotherThreadKeepsTheCallersRequestId() throws Exception {
		MDC.put("requestId", "caller-request-1");
		try {
			AtomicReference<String> seen = new AtomicReference<>();
			CompletableFuture.runAsync(BackgroundRequestIds.carry(() -> seen.set(MDC.get("requestId")))).get();
			assertThat(seen.get()).isEqualTo("caller-request-1");
		}
		finally {
			MDC.remove("requestId");
		}
		AtomicReference<String> fresh = new AtomicReference<>();
		CompletableFuture.runAsync(BackgroundRequestIds.carry(() -> fresh.set(MDC.get("requestId")))).get();
		assertThat(fresh.get()).as("work started outside a request gets an id of its own").startsWith("job-");
	}

}
