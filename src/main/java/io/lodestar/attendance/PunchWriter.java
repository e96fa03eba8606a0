package io.lodestar.attendance;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import io.lodestar.platform.DatabaseVendor;

/**
 * Stores punches exactly once per (tenant, source, PIN, local time), whatever they came from: a device's upload,
 * a file or a REST push. One {@code insert … on conflict do nothing} per chunk (from {@code unnest} of arrays on
 * PostgreSQL, multi-row VALUES on H2, which accepts the clause in PostgreSQL mode), so a batch costs a few
 * statements instead of one per punch, and the statement's update count is the number of new punches. Runs in the
 * caller's transaction, and publishes {@link PunchesRecorded} there when anything was new, so the days' results
 * are computed again whatever the source.
 */
@Component
class PunchWriter {

	/** Rows per statement: 12 parameters each stays far below PostgreSQL's 65,535 bind parameters. */
	static final int CHUNK = 1000;

	private static final String COLUMNS = "insert into attendance_punch (id, tenant_id, device_id, pin, local_time, "
			+ "utc_offset, punched_at, status_code, verify_code, work_code, raw_line, received_at, source_ref) values ";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final boolean postgres;

	PunchWriter(JdbcTemplate jdbc, ApplicationEventPublisher events, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.events = events;
		this.postgres = vendor.isPostgres();
	}

	record Written(int stored, int duplicates, Instant latest) {
	}

	/** Writes the punches under the source; a punch given twice in the list counts as a duplicate. */
	Written write(UUID tenant, UUID source, List<NewPunch> punches, Instant now) {
		Map<String, NewPunch> distinct = new LinkedHashMap<>();
		Instant latest = null;
		for (NewPunch punch : punches) {
			distinct.putIfAbsent(punch.key(), punch);
			latest = latest == null || punch.instant().isAfter(latest) ? punch.instant() : latest;
		}
		List<NewPunch> rows = new ArrayList<>(distinct.values());
		OffsetDateTime received = UploadIngestion.utc(now);
		int stored = 0;
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<NewPunch> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			stored += postgres ? unnest(tenant, source, chunk, received) : values(tenant, source, chunk, received);
		}
		if (stored > 0) {
			// the days of the batch (a superset of the new punches' days when some were re-sent) are computed again
			Map<String, Set<LocalDate>> dates = new HashMap<>();
			rows.forEach(punch -> dates.computeIfAbsent(punch.pin(), pin -> new TreeSet<>()).add(punch.localTime().toLocalDate()));
			events.publishEvent(new PunchesRecorded(tenant, dates));
		}
		// every punch of the list is stored now (new or before), so the latest of them is a safe high-water mark
		return new Written(stored, punches.size() - stored, latest);
	}

	/**
	 * PostgreSQL: the chunk as ten text arrays, so the statement has 13 parameters whatever its size (binding
	 * 13,000 parameters cost as much as the insert itself in the punch benchmark).
	 */
	private int unnest(UUID tenant, UUID source, List<NewPunch> chunk, OffsetDateTime received) {
		String[][] columns = new String[10][chunk.size()];
		for (int i = 0; i < chunk.size(); i++) {
			NewPunch punch = chunk.get(i);
			columns[0][i] = UUID.randomUUID().toString();
			columns[1][i] = punch.pin();
			columns[2][i] = punch.localTime().toString();
			columns[3][i] = UtcOffsets.format(punch.offset());
			columns[4][i] = punch.instant().toString();
			columns[5][i] = punch.status() == null ? null : punch.status().toString();
			columns[6][i] = punch.verify() == null ? null : punch.verify().toString();
			columns[7][i] = punch.workCode();
			columns[8][i] = AttlogLine.truncate(punch.rawLine(), 500);
			columns[9][i] = punch.sourceRef();
		}
		return jdbc.execute((ConnectionCallback<Integer>) connection -> {
			try (var statement = connection.prepareStatement(UNNEST)) {
				statement.setObject(1, tenant);
				statement.setObject(2, source);
				statement.setObject(3, received);
				for (int c = 0; c < columns.length; c++) {
					statement.setArray(c + 4, connection.createArrayOf("text", columns[c]));
				}
				return statement.executeUpdate();
			}
		});
	}

	private static final String UNNEST = """
			insert into attendance_punch (id, tenant_id, device_id, pin, local_time, utc_offset, punched_at,
			    status_code, verify_code, work_code, raw_line, received_at, source_ref)
			select cast(v.id as uuid), ?, ?, v.pin, cast(v.local_time as timestamp), v.utc_offset,
			    cast(v.punched_at as timestamp with time zone), cast(v.status_code as int), cast(v.verify_code as int),
			    v.work_code, v.raw_line, ?, v.source_ref
			from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
			    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
			    as v(id, pin, local_time, utc_offset, punched_at, status_code, verify_code, work_code, raw_line, source_ref)
			on conflict do nothing""";

	/** H2 (and the fallback): one multi-row VALUES statement per chunk. */
	private int values(UUID tenant, UUID source, List<NewPunch> chunk, OffsetDateTime received) {
		StringBuilder sql = new StringBuilder(COLUMNS.length() + chunk.size() * (ROW.length() + 2)).append(COLUMNS);
		List<Object> arguments = new ArrayList<>(chunk.size() * 13);
		for (int i = 0; i < chunk.size(); i++) {
			NewPunch punch = chunk.get(i);
			sql.append(i == 0 ? "" : ", ").append(ROW);
			arguments.add(UUID.randomUUID());
			arguments.add(tenant);
			arguments.add(source);
			arguments.add(punch.pin());
			arguments.add(punch.localTime());
			arguments.add(UtcOffsets.format(punch.offset()));
			arguments.add(UploadIngestion.utc(punch.instant()));
			// typed, so a null needs no parameter metadata round trip
			arguments.add(new SqlParameterValue(Types.INTEGER, punch.status()));
			arguments.add(new SqlParameterValue(Types.INTEGER, punch.verify()));
			arguments.add(new SqlParameterValue(Types.VARCHAR, punch.workCode()));
			arguments.add(AttlogLine.truncate(punch.rawLine(), 500));
			arguments.add(received);
			arguments.add(new SqlParameterValue(Types.VARCHAR, punch.sourceRef()));
		}
		sql.append(" on conflict do nothing");
		return jdbc.update(sql.toString(), arguments.toArray());
	}

}
