package io.lodestar.operations;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * How a column's value is written into an archive and bound back. The written form is the same on H2 and
 * PostgreSQL (timestamps with a zone in UTC, numbers as plain strings, bytes in base64), so fingerprints compare
 * across databases and an archive of one restores into the other.
 */
enum ColumnKind {

	STRING, INT, LONG, DECIMAL, BOOL, UUID_, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, BYTES;

	static ColumnKind of(int jdbcType, String typeName) {
		String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
		if (name.contains("timestamptz") || name.contains("with time zone") || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE) {
			return TIMESTAMPTZ;
		}
		if (name.equals("uuid")) {
			return UUID_;
		}
		return switch (jdbcType) {
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> INT;
			case Types.BIGINT -> LONG;
			case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.DOUBLE, Types.FLOAT -> DECIMAL;
			case Types.BOOLEAN, Types.BIT -> BOOL;
			case Types.DATE -> DATE;
			case Types.TIME -> TIME;
			case Types.TIMESTAMP -> TIMESTAMP;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
			default -> STRING;
		};
	}

	/** The canonical value: String, Long, Boolean or null. */
	Object read(ResultSet rows, int index) throws SQLException {
		Object value = switch (this) {
			case STRING -> rows.getString(index);
			case INT, LONG -> {
				long number = rows.getLong(index);
				yield rows.wasNull() ? null : number;
			}
			case DECIMAL -> {
				BigDecimal number = rows.getBigDecimal(index);
				yield number == null ? null : number.toPlainString();
			}
			case BOOL -> {
				boolean flag = rows.getBoolean(index);
				yield rows.wasNull() ? null : flag;
			}
			case UUID_ -> {
				Object id = rows.getObject(index);
				yield id == null ? null : id.toString();
			}
			case DATE -> string(rows.getObject(index, LocalDate.class));
			case TIME -> string(rows.getObject(index, LocalTime.class));
			case TIMESTAMP -> string(rows.getObject(index, LocalDateTime.class));
			case TIMESTAMPTZ -> {
				OffsetDateTime at = rows.getObject(index, OffsetDateTime.class);
				yield at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toString();
			}
			case BYTES -> {
				byte[] bytes = rows.getBytes(index);
				yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
			}
		};
		return value;
	}

	void bind(PreparedStatement statement, int index, JsonNode value) throws SQLException {
		if (value == null || value.isNull()) {
			statement.setObject(index, null);
			return;
		}
		switch (this) {
			case STRING -> statement.setString(index, value.asString());
			case INT -> statement.setInt(index, value.asInt());
			case LONG -> statement.setLong(index, value.asLong());
			case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(value.asString()));
			case BOOL -> statement.setBoolean(index, value.asBoolean());
			case UUID_ -> statement.setObject(index, UUID.fromString(value.asString()));
			case DATE -> statement.setObject(index, LocalDate.parse(value.asString()));
			case TIME -> statement.setObject(index, LocalTime.parse(value.asString()));
			case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(value.asString()));
			case TIMESTAMPTZ -> statement.setObject(index, OffsetDateTime.parse(value.asString()));
			case BYTES -> statement.setBytes(index, Base64.getDecoder().decode(value.asString()));
		}
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}

}
