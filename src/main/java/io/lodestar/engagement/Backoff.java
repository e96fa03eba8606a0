package io.lodestar.engagement;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 1 minute after the first failure, then 5 minutes, 30 minutes, 2 hours
 * and 12 hours; a failure after that (the sixth attempt) is final. Long enough to ride out a chat platform's
 * rate limit or an SMTP server's restart, short enough that a reminder still arrives the same day.
 */
final class Backoff {

	static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(12));

	/** Attempts in all before a delivery is FAILED. */
	static final int MAX_ATTEMPTS = DELAYS.size() + 1;

	private Backoff() {
	}

	/** The wait after the given number of failed attempts, or empty when that was the last one. */
	static Optional<Duration> after(int attempts) {
		return attempts >= 1 && attempts <= DELAYS.size() ? Optional.of(DELAYS.get(attempts - 1)) : Optional.empty();
	}

}
