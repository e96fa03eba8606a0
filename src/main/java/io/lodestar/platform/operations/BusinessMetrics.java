package io.lodestar.platform.operations;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The business counters and timers modules report to (scraped at {@code /actuator/prometheus}). All names live
 * here so the list in docs/reliability.md has one source. Tags never carry tenant, person or device names:
 * the scrape is for operators, and metrics must not become a side door to HR data.
 */
@Component
public class BusinessMetrics {

	public static final String MEASUREMENTS_INGESTED = "lodestar.kpi.measurements.ingested";

	public static final String RESULT_QUEUE_DEPTH = "lodestar.kpi.results.queue.depth";

	public static final String PUNCHES_RECEIVED = "lodestar.attendance.punches.received";

	public static final String DEVICE_LAST_SEEN_AGE = "lodestar.attendance.device.last.seen.age";

	public static final String DELIVERIES_FAILED = "lodestar.notifications.deliveries.failed";

	public static final String APPRAISAL_COMPUTATIONS = "lodestar.appraisal.computations";

	public static final String BACKUP_RUNS = "lodestar.operations.backups";

	private final MeterRegistry registry;

	BusinessMetrics(MeterRegistry registry) {
		this.registry = registry;
		// every series exists from the start at zero, so alert rules see 0 rather than "no data"
		punchesReceived(0, 0);
		for (String channel : new String[] { "EMAIL", "CHAT" }) {
			for (boolean last : new boolean[] { false, true }) {
				Counter.builder(DELIVERIES_FAILED).tag("channel", channel).tag("final", Boolean.toString(last))
					.register(registry);
			}
		}
		for (String mode : new String[] { "inline", "background" }) {
			for (String outcome : new String[] { "success", "failure" }) {
				Timer.builder(APPRAISAL_COMPUTATIONS).tag("mode", mode).tag("outcome", outcome).register(registry);
			}
		}
		for (String kind : new String[] { "backup", "verify" }) {
			for (String outcome : new String[] { "success", "failure" }) {
				Timer.builder(BACKUP_RUNS).tag("kind", kind).tag("outcome", outcome).register(registry);
			}
		}
	}

	/** KPI actuals stored, by where they came from (MANUAL, IMPORT, API, CONNECTOR…). */
	public void measurementsIngested(String source, int count) {
		if (count > 0) {
			Counter.builder(MEASUREMENTS_INGESTED).tag("source", source).register(registry).increment(count);
		}
	}

	/** Punches a time clock, file or REST push delivered: new ones and ones already stored. */
	public void punchesReceived(int stored, int duplicates) {
		Counter.builder(PUNCHES_RECEIVED).tag("outcome", "stored").register(registry).increment(stored);
		Counter.builder(PUNCHES_RECEIVED).tag("outcome", "duplicate").register(registry).increment(duplicates);
	}

	/** A notification attempt that failed; {@code finalFailure} when no retry follows. */
	public void deliveryFailed(String channel, boolean finalFailure) {
		Counter.builder(DELIVERIES_FAILED).tag("channel", channel).tag("final", Boolean.toString(finalFailure)).register(registry).increment();
	}

	/** One backup or verification run in the background (admin page, schedule) and whether it verified. */
	public void backupRan(String kind, boolean verified, Duration took) {
		Timer.builder(BACKUP_RUNS).tag("kind", kind.toLowerCase(java.util.Locale.ROOT))
			.tag("outcome", verified ? "success" : "failure").register(registry).record(took);
	}

	/** One computation of an appraisal cycle's scores, within the request ("inline") or in the background. */
	public void appraisalComputed(String mode, boolean succeeded, Duration took) {
		Timer.builder(APPRAISAL_COMPUTATIONS).tag("mode", mode)
			.tag("outcome", succeeded ? "success" : "failure").register(registry).record(took);
	}

}
