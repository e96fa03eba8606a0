package io.lodestar.kpi;

import java.time.Duration;

/**
 * Tells background work when accepting data has paused: {@link #await} returns once nothing was {@link #queued}
 * for {@code settle}, or after {@code maxDelay} however busy intake is (so results never wait for ever).
 */
class IntakePause {

	private final long settleNanos;

	private final long maxDelayNanos;

	/** When data was last queued on this node ({@link System#nanoTime}). */
	private volatile long lastQueued = System.nanoTime() - Duration.ofDays(1).toNanos();

	IntakePause(Duration settle, Duration maxDelay) {
		this.settleNanos = settle.toNanos();
		this.maxDelayNanos = maxDelay.toNanos();
	}

	void queued() {
		lastQueued = System.nanoTime();
	}

	void await() throws InterruptedException {
		long giveUpAt = System.nanoTime() + maxDelayNanos;
		for (long quiet = System.nanoTime() - lastQueued; quiet < settleNanos && System.nanoTime() < giveUpAt;
				quiet = System.nanoTime() - lastQueued) {
			Thread.sleep(Math.max(1, (settleNanos - quiet) / 1_000_000));
		}
	}

}
