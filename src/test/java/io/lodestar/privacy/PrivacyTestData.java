package io.lodestar.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows the privacy tests need, written straight to the tables (a device, PIN mappings, punches, departures). */
final class PrivacyTestData {

	private final JdbcClient jdbc;

	PrivacyTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID device(UUID tenant) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into attendance_device (id, tenant_id, serial_number, status, name, utc_offset, text_charset,
				    punch_count, duplicate_count, set_aside_count, error_count, approved_at, version)
				values (:id, :tenant, :serial, 'APPROVED', 'Gate', '+08:00', 'UTF-8', 0, 0, 0, 0, :now, 0)""")
			.param("id", id).param("tenant", tenant).param("serial", "P" + id.toString().substring(0, 12))
			.param("now", Timestamp.from(Instant.now())).update();
		return id;
	}

	void map(UUID tenant, String pin, UUID employee) {
		jdbc.sql("insert into attendance_pin_mapping (tenant_id, pin, employee_id, mapped_at) values (:t, :pin, :e, :now)")
			.param("t", tenant).param("pin", pin).param("e", employee).param("now", Timestamp.from(Instant.now()))
			.update();
	}

	/** A punch {@code daysAgo} days ago; {@code rawLine} lets a test find it in an export. */
	void punch(UUID tenant, UUID device, String pin, int daysAgo, String rawLine) {
		Instant at = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		jdbc.sql("""
				insert into attendance_punch (id, tenant_id, device_id, pin, local_time, utc_offset, punched_at,
				    status_code, verify_code, raw_line, received_at)
				values (:id, :t, :d, :pin, :local, '+00:00', :at, 0, 1, :raw, :at)""")
			.param("id", UUID.randomUUID()).param("t", tenant).param("d", device).param("pin", pin)
			.param("local", Timestamp.from(at)).param("at", Timestamp.from(at)).param("raw", rawLine).update();
	}

	void departed(UUID tenant, UUID employee, LocalDate leftOn) {
		jdbc.sql("update people_employee set status = 'LEFT', left_on = :d where tenant_id = :t and id = :e")
			.param("d", Date.valueOf(leftOn)).param("t", tenant).param("e", employee).update();
	}

	long count(String sql, Object... params) {
		var spec = jdbc.sql(sql);
		for (int i = 0; i < params.length; i++) {
			spec = spec.param(i + 1, params[i]);
		}
		return spec.query(Long.class).single();
	}

}
