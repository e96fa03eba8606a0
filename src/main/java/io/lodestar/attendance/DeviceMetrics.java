package io.lodestar.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.platform.operations.BusinessMetrics;

/**
 * Seconds since the quietest approved time clock last called in (0 when there is none), over all companies:
 * one alert rule ("above 15 minutes") catches an unplugged clock anywhere, and the device list names it.
 * Counted at each scrape.
 */
@Component
class DeviceMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	DeviceMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(BusinessMetrics.DEVICE_LAST_SEEN_AGE, this, DeviceMetrics::quietestAgeSeconds)
			.description("Seconds since the approved time clock that was heard from longest ago last called in")
			.baseUnit(TimeUnit.SECONDS.name().toLowerCase(java.util.Locale.ROOT))
			.register(registry);
	}

	private double quietestAgeSeconds() {
		try {
			Timestamp oldest = jdbc.sql("select min(coalesce(last_seen_at, approved_at)) from attendance_device "
					+ "where status = 'APPROVED' and kind = 'DEVICE'").query(Timestamp.class).optional().orElse(null);
			return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
		}
		catch (RuntimeException unavailable) {
			return Double.NaN;
		}
	}

}
