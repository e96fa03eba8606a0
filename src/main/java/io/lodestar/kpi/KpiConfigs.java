package io.lodestar.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.DatabaseVendor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/**
 * Reads the scoring settings of many KPIs at once, read-only: what checking and scoring a batch of actuals needs.
 * Plain rows instead of loading {@link Kpi} aggregates, which cost a quarter of a 2,000-actual push request's CPU;
 * on PostgreSQL the ids go as one array ({@code = any(?)}) instead of one bind parameter each.
 */
@Component
class KpiConfigs {

	private static final String COLUMNS = "goal_id, definition_id, unit, direction, scoring_method, aggregation, "
			+ "frequency, baseline, target, stretch, range_low, range_high, inclusive, tolerance, piecewise, cap, "
			+ "floor_value, weight, self_reported";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final boolean postgres;

	KpiConfigs(JdbcClient jdbc, JdbcTemplate template, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.template = template;
		this.postgres = vendor.isPostgres();
	}

	/** The settings of those of the goals that are KPIs of the company, by goal id. */
	Map<UUID, KpiConfig> of(UUID tenant, Collection<UUID> goalIds) {
		Map<UUID, KpiConfig> configs = new HashMap<>();
		if (goalIds.isEmpty()) {
			return configs;
		}
		if (postgres) {
			template.execute((ConnectionCallback<Void>) connection -> {
				try (var statement = connection
					.prepareStatement("select " + COLUMNS + " from kpi where tenant_id = ? and goal_id = any(?)")) {
					statement.setObject(1, tenant);
					statement.setArray(2, connection.createArrayOf("uuid", goalIds.toArray()));
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							configs.put(rs.getObject("goal_id", UUID.class), config(rs));
						}
					}
				}
				return null;
			});
			return configs;
		}
		List<UUID> all = new ArrayList<>(goalIds);
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("select " + COLUMNS + " from kpi where tenant_id = :tenant and goal_id in (:ids)")
				.param("tenant", tenant)
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query(rs -> {
					configs.put(rs.getObject("goal_id", UUID.class), config(rs));
				});
		}
		return configs;
	}

	private static KpiConfig config(ResultSet rs) throws SQLException {
		return new KpiConfig(rs.getString("unit"), Direction.valueOf(rs.getString("direction")),
				ScoringMethod.valueOf(rs.getString("scoring_method")), Aggregation.valueOf(rs.getString("aggregation")),
				PeriodKind.valueOf(rs.getString("frequency")), rs.getBigDecimal("baseline"), rs.getBigDecimal("target"),
				rs.getBigDecimal("stretch"), rs.getBigDecimal("range_low"), rs.getBigDecimal("range_high"),
				rs.getBoolean("inclusive"), rs.getBigDecimal("tolerance"), PiecewiseSteps.parse(rs.getString("piecewise")),
				rs.getBigDecimal("cap"), rs.getBigDecimal("floor_value"), rs.getBigDecimal("weight"),
				rs.getBoolean("self_reported"), rs.getObject("definition_id", UUID.class));
	}

}
