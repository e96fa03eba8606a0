package io.lodestar.platform;

import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database Lodestar runs on, for the few bulk statements written two ways: on PostgreSQL a batch is sent
 * as arrays through {@code unnest} or {@code = any(?)} (a handful of bind parameters instead of thousands, which
 * cost as much as the insert itself in the benchmarks); H2 gets the portable form.
 */
@Component
public class DatabaseVendor {

	private final boolean postgres;

	DatabaseVendor(JdbcTemplate jdbc) {
		this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> connection
			.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres")));
	}

	public boolean isPostgres() {
		return postgres;
	}

}
