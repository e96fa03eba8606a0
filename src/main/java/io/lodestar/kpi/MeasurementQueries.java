package io.lodestar.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads measurements with whether a later correction replaced them. */
@Component
class MeasurementQueries {

	static final String SELECT = """
			select m.id, m.kpi_id, m.period_id, m.measured_on, m.measured_value, m.source, m.source_ref,
			       m.entered_by_name, m.recorded_at, m.corrects_id, m.reason, m.lock_override,
			       (select count(*) from kpi_measurement c where c.tenant_id = m.tenant_id and c.corrects_id = m.id) corrections
			from kpi_measurement m
			""";

	private final JdbcClient jdbc;

	MeasurementQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MeasurementView> of(UUID tenant, UUID kpiId, LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + """
				 where m.tenant_id = :tenant and m.kpi_id = :kpi and m.measured_on between :from and :to
				 order by m.measured_on desc, m.recorded_at desc
				""")
			.param("tenant", tenant)
			.param("kpi", kpiId)
			.param("from", java.sql.Date.valueOf(from))
			.param("to", java.sql.Date.valueOf(to))
			.query(MeasurementQueries::view)
			.list();
	}

	java.util.Optional<MeasurementView> one(UUID tenant, UUID id) {
		return jdbc.sql(SELECT + " where m.tenant_id = :tenant and m.id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(MeasurementQueries::view)
			.optional();
	}

	java.util.Optional<MeasurementView> byKey(UUID tenant, String idempotencyKey) {
		return jdbc.sql(SELECT + " where m.tenant_id = :tenant and m.idempotency_key = :key")
			.param("tenant", tenant)
			.param("key", idempotencyKey)
			.query(MeasurementQueries::view)
			.optional();
	}

	static MeasurementView view(ResultSet rs, int number) throws SQLException {
		return new MeasurementView(rs.getObject("id", UUID.class), rs.getObject("kpi_id", UUID.class),
				rs.getObject("period_id", UUID.class), rs.getDate("measured_on").toLocalDate(),
				rs.getBigDecimal("measured_value"), MeasurementSource.valueOf(rs.getString("source")),
				rs.getString("source_ref"), rs.getString("entered_by_name"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getObject("corrects_id", UUID.class), rs.getString("reason"), rs.getBoolean("lock_override"),
				rs.getLong("corrections") > 0);
	}

}
