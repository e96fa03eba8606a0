package io.lodestar.appraisal;

import java.sql.Array;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.lodestar.platform.DatabaseVendor;

/**
 * Writes computed values into many appraisal rows at once. On PostgreSQL one statement per chunk joins the rows
 * to arrays ({@code update ... from unnest(...)}): the appraisal benchmark measured single-row updates sent as a
 * JDBC batch at about 0.2 ms a row, which for 100,000 people is most of the computation. Elsewhere (H2, small
 * installations) the rows go as a JDBC batch.
 */
@Component
class BulkUpdate {

	/** A column to set and its PostgreSQL array element type. */
	record Column(String name, String type) {
	}

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final boolean postgres;

	BulkUpdate(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.named = named;
		this.postgres = vendor.isPostgres();
	}

	/**
	 * Sets the columns of the appraisals of the tenant, one map per row with the key {@code id} and one key per
	 * column; {@code version} goes up by one when {@code bumpVersion}.
	 */
	void appraisals(UUID tenant, List<Column> columns, List<Map<String, Object>> rows, boolean bumpVersion) {
		for (int from = 0; from < rows.size(); from += AppraisalScoring.CHUNK) {
			List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + AppraisalScoring.CHUNK));
			if (postgres) {
				unnest(tenant, columns, chunk, bumpVersion);
			}
			else {
				batch(tenant, columns, chunk, bumpVersion);
			}
		}
	}

	private void unnest(UUID tenant, List<Column> columns, List<Map<String, Object>> rows, boolean bumpVersion) {
		StringBuilder set = new StringBuilder();
		StringBuilder arrays = new StringBuilder("cast(? as uuid[])");
		StringBuilder names = new StringBuilder("id");
		for (Column column : columns) {
			set.append(set.isEmpty() ? "" : ", ").append(column.name()).append(" = v.").append(column.name());
			arrays.append(", cast(? as ").append(column.type()).append("[])");
			names.append(", ").append(column.name());
		}
		String sql = "update appraisal a set " + set + (bumpVersion ? ", version = a.version + 1" : "") + " from unnest("
				+ arrays + ") as v(" + names + ") where a.tenant_id = ? and a.id = v.id";
		jdbc.execute((ConnectionCallback<Integer>) connection -> {
			try (var statement = connection.prepareStatement(sql)) {
				statement.setArray(1, array(connection, "uuid", rows, "id"));
				for (int i = 0; i < columns.size(); i++) {
					statement.setArray(i + 2, array(connection, columns.get(i).type(), rows, columns.get(i).name()));
				}
				statement.setObject(columns.size() + 2, tenant);
				return statement.executeUpdate();
			}
		});
	}

	private static Array array(Connection connection, String type, List<Map<String, Object>> rows, String key)
			throws java.sql.SQLException {
		Object[] values = new Object[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			values[i] = rows.get(i).get(key);
		}
		return connection.createArrayOf(type, values);
	}

	private void batch(UUID tenant, List<Column> columns, List<Map<String, Object>> rows, boolean bumpVersion) {
		StringBuilder set = new StringBuilder();
		for (Column column : columns) {
			set.append(set.isEmpty() ? "" : ", ").append(column.name()).append(" = :").append(column.name());
		}
		List<MapSqlParameterSource> parameters = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			parameters.add(new MapSqlParameterSource(row).addValue("tenant", tenant));
		}
		named.batchUpdate("update appraisal set " + set + (bumpVersion ? ", version = version + 1" : "")
				+ " where tenant_id = :tenant and id = :id", parameters.toArray(MapSqlParameterSource[]::new));
	}

}
