package io.lodestar.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Results of queued batches wait for a pause in intake, but never longer than the maximum delay. */
class IntakePauseTests {

	@Test
	void returnsAtOnceWhenNothingWasQueuedLately() throws Exception {
		IntakePause pause = new IntakePause(Duration.ofSeconds(5), Duration.ofSeconds(30));
		long started = System.nanoTime();
		pause.await();
		assertThat(millisSince(started)).isLessThan(1_000);
	}

	@Test
	void waitsUntilIntakeHasBeenQuietForTheSettleTime() throws Exception {
		IntakePause pause = new IntakePause(Duration.ofMillis(400), Duration.ofSeconds(30));
		pause.queued();
		long started = System.nanoTime();
		pause.await();
		assertThat(millisSince(started)).isGreaterThanOrEqualTo(380).isLessThan(5_000);
	}

	@Test
	void underAContinuousStreamReturnsAfterTheMaximumDelay() throws Exception {
		IntakePause pause = new IntakePause(Duration.ofMillis(400), Duration.ofMillis(1_200));
		var sender = Executors.newSingleThreadScheduledExecutor();
		try {
			pause.queued();
			sender.scheduleAtFixedRate(pause::queued, 0, 50, TimeUnit.MILLISECONDS);
			long started = System.nanoTime();
			pause.await();
			assertThat(millisSince(started)).isGreaterThanOrEqualTo(1_150).isLessThan(8_000);
		}
		finally {
			sender.shutdownNow();
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
