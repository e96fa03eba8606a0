package io.lodestar.kpi;

import java.util.Map;

import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.lodestar.platform.operations.BusinessMetrics;

/**
 * How many KPI result computations wait in the queue, over all companies (an operator's number: it says
 * whether the background queue keeps up, and names no company), counted at each scrape; and the
 * ingestion counter of every source at zero, so a rate over a source that has been quiet is 0, not absent;
 * it counts {@link MeasurementsRecorded}.
 */
@Component
class KpiMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final BusinessMetrics metrics;

	KpiMetrics(JdbcClient jdbc, BusinessMetrics metrics) {
		this.jdbc = jdbc;
		this.metrics = metrics;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(BusinessMetrics.RESULT_QUEUE_DEPTH, this, KpiMetrics::depth)
			.description("KPI result computations waiting in the queue")
			.register(registry);
		for (MeasurementSource source : MeasurementSource.values()) {
			Counter.builder(BusinessMetrics.MEASUREMENTS_INGESTED).tag("source", source.name()).register(registry);
		}
	}

	/**
	 * Counted once the actuals are committed: a batch that rolls back stored nothing. A plain listener that
	 * registers the count for after commit, not a transactional event listener: Spring Modulith would store
	 * every such event (a batch's 2,000 actuals, serialized) in its publication registry, which cost a tenth
	 * of the push API's database time in the benchmark.
	 */
	@EventListener
	void on(MeasurementsRecorded recorded) {
		Map<String, Long> bySource = recorded.measurements()
			.stream()
			.collect(Collectors.groupingBy(measurement -> measurement.source().name(), Collectors.counting()));
		Runnable count = () -> bySource.forEach((source, n) -> metrics.measurementsIngested(source, n.intValue()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					count.run();
				}
			});
		}
		else {
			count.run();
		}
	}

	private double depth() {
		try {
			return jdbc.sql("select count(*) from kpi_result_pending").query(Long.class).single();
		}
		catch (RuntimeException unavailable) {
			return Double.NaN; // the database is down: the health check says so, the gauge stays silent
		}
	}

}
