package io.lodestar.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.platform.DatabaseVendor;

/**
 * The SQL of recording actuals: the look-up of idempotency keys already used and the insert of a batch. On
 * PostgreSQL both send the batch as arrays ({@code = any(?)} and {@code unnest}), a few bind parameters instead of
 * one per key or cell; H2 gets an {@code in} list and a JDBC batch.
 */
@Component
class MeasurementStore {

	/** One new actual as stored. */
	record Row(UUID id, UUID kpiId, UUID periodId, LocalDate measuredOn, BigDecimal value, String sourceRef,
			String idempotencyKey, UUID corrects, String reason, boolean lockOverride) {
	}

	/** An already stored measurement with the key, to tell a harmless re-send from a conflicting one. */
	record Existing(UUID kpiId, BigDecimal value, LocalDate measuredOn) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final boolean postgres;

	MeasurementStore(JdbcClient jdbc, JdbcTemplate batches, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.postgres = vendor.isPostgres();
	}

	Map<String, Existing> existingKeys(UUID tenant, List<String> keys) {
		Map<String, Existing> existing = new HashMap<>();
		if (keys.isEmpty()) {
			return existing;
		}
		if (postgres) {
			batches.execute((ConnectionCallback<Void>) connection -> {
				try (var statement = connection.prepareStatement("select idempotency_key, kpi_id, measured_value, "
						+ "measured_on from kpi_measurement where tenant_id = ? and idempotency_key = any(?)")) {
					statement.setObject(1, tenant);
					statement.setArray(2, connection.createArrayOf("text", keys.toArray()));
					try (var rs = statement.executeQuery()) {
						while (rs.next()) {
							existing.put(rs.getString(1), new Existing(rs.getObject(2, UUID.class), rs.getBigDecimal(3),
									rs.getDate(4).toLocalDate()));
						}
					}
				}
				return null;
			});
			return existing;
		}
		for (int from = 0; from < keys.size(); from += 1000) {
			jdbc.sql("select idempotency_key, kpi_id, measured_value, measured_on from kpi_measurement "
					+ "where tenant_id = :tenant and idempotency_key in (:keys)")
				.param("tenant", tenant)
				.param("keys", keys.subList(from, Math.min(keys.size(), from + 1000)))
				.query(rs -> {
					existing.put(rs.getString(1), new Existing(rs.getObject(2, UUID.class), rs.getBigDecimal(3),
							rs.getDate(4).toLocalDate()));
				});
		}
		return existing;
	}

	/** Inserts the rows, all entered by the same user from the same source at the same time. */
	void insert(UUID tenant, MeasurementSource source, UUID enteredBy, String enteredByName, Timestamp recordedAt,
			List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (postgres) {
			unnest(tenant, source, enteredBy, enteredByName, recordedAt, rows);
			return;
		}
		List<Object[]> values = new ArrayList<>(rows.size());
		for (Row row : rows) {
			values.add(new Object[] { row.id(), tenant, row.kpiId(), row.periodId(), Date.valueOf(row.measuredOn()),
					row.value(), source.name(), row.sourceRef(), row.idempotencyKey(), enteredBy, enteredByName,
					row.corrects(), row.reason(), row.lockOverride(), recordedAt });
		}
		batches.batchUpdate("""
				insert into kpi_measurement (id, tenant_id, kpi_id, period_id, measured_on, measured_value, source,
				    source_ref, idempotency_key, entered_by, entered_by_name, corrects_id, reason, lock_override, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", values);
	}

	private static final String UNNEST = """
			insert into kpi_measurement (id, tenant_id, kpi_id, period_id, measured_on, measured_value, source,
			    source_ref, idempotency_key, entered_by, entered_by_name, corrects_id, reason, lock_override, recorded_at)
			select cast(v.id as uuid), ?, cast(v.kpi_id as uuid), cast(v.period_id as uuid), cast(v.measured_on as date),
			    cast(v.measured_value as numeric), ?, v.source_ref, v.idempotency_key, ?, ?, cast(v.corrects_id as uuid),
			    v.reason, cast(v.lock_override as boolean), ?
			from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
			    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
			    as v(id, kpi_id, period_id, measured_on, measured_value, source_ref, idempotency_key, corrects_id, reason,
			        lock_override)""";

	/** PostgreSQL: the rows as ten text arrays, so the statement binds 15 parameters whatever its size. */
	private void unnest(UUID tenant, MeasurementSource source, UUID enteredBy, String enteredByName,
			Timestamp recordedAt, List<Row> rows) {
		String[][] columns = new String[10][rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			columns[0][i] = row.id().toString();
			columns[1][i] = row.kpiId().toString();
			columns[2][i] = row.periodId().toString();
			columns[3][i] = row.measuredOn().toString();
			columns[4][i] = row.value().toPlainString();
			columns[5][i] = row.sourceRef();
			columns[6][i] = row.idempotencyKey();
			columns[7][i] = row.corrects() == null ? null : row.corrects().toString();
			columns[8][i] = row.reason();
			columns[9][i] = Boolean.toString(row.lockOverride());
		}
		batches.execute((ConnectionCallback<Integer>) connection -> {
			try (var statement = connection.prepareStatement(UNNEST)) {
				statement.setObject(1, tenant);
				statement.setString(2, source.name());
				statement.setObject(3, enteredBy);
				statement.setString(4, enteredByName);
				statement.setTimestamp(5, recordedAt);
				for (int c = 0; c < columns.length; c++) {
					statement.setArray(c + 6, connection.createArrayOf("text", columns[c]));
				}
				return statement.executeUpdate();
			}
		});
	}

}
