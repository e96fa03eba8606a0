package io.lodestar.attendance;

import java.nio.charset.Charset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A device row as the protocol and the registry read it. */
record DeviceRow(UUID id, UUID tenantId, String serialNumber, DeviceStatus status, String name, ZoneOffset offset,
		Charset charset, String firmware, Instant firstSeenAt, Instant lastSeenAt, Instant lastPunchAt,
		String attlogStamp, String operlogStamp, long punchCount, long duplicateCount, long setAsideCount,
		long errorCount, String lastError, Instant lastErrorAt, Instant approvedAt, String secretSha256,
		String allowedNetworks) {

	static final String COLUMNS = "id, tenant_id, serial_number, status, name, utc_offset, text_charset, firmware, "
			+ "first_seen_at, last_seen_at, last_punch_at, attlog_stamp, operlog_stamp, punch_count, duplicate_count, "
			+ "set_aside_count, error_count, last_error, last_error_at, approved_at, secret_sha256, allowed_networks";

	boolean approved() {
		return status == DeviceStatus.APPROVED && tenantId != null;
	}

	static DeviceRow map(ResultSet rs, int row) throws SQLException {
		return new DeviceRow(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("serial_number"), DeviceStatus.valueOf(rs.getString("status")), rs.getString("name"),
				ZoneOffset.of(rs.getString("utc_offset")), Charset.forName(rs.getString("text_charset")),
				rs.getString("firmware"), instant(rs, "first_seen_at"), instant(rs, "last_seen_at"),
				instant(rs, "last_punch_at"), rs.getString("attlog_stamp"), rs.getString("operlog_stamp"),
				rs.getLong("punch_count"), rs.getLong("duplicate_count"), rs.getLong("set_aside_count"),
				rs.getLong("error_count"), rs.getString("last_error"), instant(rs, "last_error_at"),
				instant(rs, "approved_at"), rs.getString("secret_sha256"), rs.getString("allowed_networks"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
