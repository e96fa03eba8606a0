package io.lodestar.attendance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where punches come from, as rows of {@code attendance_device}: real devices (kind DEVICE) and each company's
 * FILE and API sources, created on first use (see V21). A source's serial number contains ':', which no device
 * can send, so a device can never pose as one. Also keeps every source's counters.
 */
@Component
class PunchSources {

	enum Kind {
		DEVICE, FILE, API
	}

	private final JdbcClient jdbc;

	PunchSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The company's source of this kind, if it was used before. */
	Optional<UUID> find(UUID tenant, Kind kind) {
		return jdbc.sql("select id from attendance_device where tenant_id = :tenant and serial_number = :serial")
			.param("tenant", tenant)
			.param("serial", serial(tenant, kind))
			.query(UUID.class)
			.optional();
	}

	/**
	 * How many of the punches (distinct by PIN and local time) the source holds already; reads the source's punches
	 * over the time span of the list only.
	 */
	int alreadyStored(UUID tenant, UUID source, List<NewPunch> punches) {
		if (punches.isEmpty()) {
			return 0;
		}
		Set<String> keys = new HashSet<>();
		punches.forEach(punch -> keys.add(punch.key()));
		LocalDateTime from = punches.stream().map(NewPunch::localTime).min(Comparator.naturalOrder()).orElseThrow();
		LocalDateTime to = punches.stream().map(NewPunch::localTime).max(Comparator.naturalOrder()).orElseThrow();
		int[] found = { 0 };
		jdbc.sql("select pin, local_time from attendance_punch where tenant_id = :tenant and device_id = :source "
				+ "and local_time between :from and :to")
			.param("tenant", tenant)
			.param("source", source)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				if (keys.remove(rs.getString(1) + '\t' + rs.getObject(2, LocalDateTime.class))) {
					found[0]++;
				}
			});
		return found[0];
	}

	private static String serial(UUID tenant, Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT) + ":" + tenant;
	}

	/** The company's source of this kind (FILE or API), created if it does not exist yet. */
	UUID of(UUID tenant, Kind kind) {
		String serial = serial(tenant, kind);
		jdbc.sql("""
				insert into attendance_device (id, tenant_id, serial_number, status, kind, name, utc_offset, text_charset,
				    punch_count, duplicate_count, set_aside_count, error_count, version)
				values (:id, :tenant, :serial, 'APPROVED', :kind, :name, '+00:00', 'UTF-8', 0, 0, 0, 0, 0)
				on conflict do nothing""")
			.param("id", UUID.randomUUID())
			.param("tenant", tenant)
			.param("serial", serial)
			.param("kind", kind.name())
			.param("name", kind.name())
			.update();
		return jdbc.sql("select id from attendance_device where tenant_id = :tenant and serial_number = :serial")
			.param("tenant", tenant)
			.param("serial", serial)
			.query(UUID.class)
			.single();
	}

	/** Adds a batch's outcome to the source's counters and moves its last punch forward. */
	void count(UUID tenant, UUID source, int stored, int duplicates, int setAside, Instant latest) {
		jdbc.sql("""
				update attendance_device set punch_count = punch_count + :stored,
				    duplicate_count = duplicate_count + :duplicates, set_aside_count = set_aside_count + :aside
				where tenant_id = :tenant and id = :device""")
			.param("stored", stored)
			.param("duplicates", duplicates)
			.param("aside", setAside)
			.param("tenant", tenant)
			.param("device", source)
			.update();
		if (latest != null) {
			// a separate statement: PostgreSQL cannot type a null parameter in "case when :latest is null"
			jdbc.sql("""
					update attendance_device set last_punch_at = :latest
					where tenant_id = :tenant and id = :device and (last_punch_at is null or last_punch_at < :latest)""")
				.param("latest", UploadIngestion.utc(latest))
				.param("tenant", tenant)
				.param("device", source)
				.update();
		}
	}

}
