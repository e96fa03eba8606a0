package io.lodestar.attendance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one uploaded batch of an approved device in one transaction: punches exactly once ({@link PunchWriter}),
 * users' PINs and names, and every line that could not be used set aside with its reason. Every statement carries the device's own tenant.
 */
@Component
class UploadIngestion {

	private static final Logger log = LoggerFactory.getLogger(UploadIngestion.class);

	/** OPERLOG records that carry fingerprints, faces, palms or photos: acknowledged and thrown away. */
	static final Set<String> BIOMETRIC_TAGS = Set.of("FP", "FACE", "BIOPHOTO", "BIODATA", "FVEIN", "USERPIC",
			"FINGERTMP", "PALM", "UNIFIED");

	private final JdbcClient jdbc;

	private final PunchWriter writer;

	private final PunchSources sources;

	UploadIngestion(JdbcClient jdbc, PunchWriter writer, PunchSources sources) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.sources = sources;
	}

	record Counts(int lines, int stored, int duplicates, int setAside, Instant latestPunch) {
	}

	@Transactional
	public Counts attlog(DeviceRow device, String text, Instant now) {
		int lines = 0;
		int setAside = 0;
		List<NewPunch> punches = new ArrayList<>();
		for (String raw : text.split("\n")) {
			String line = stripCarriageReturn(raw);
			if (line.isBlank()) {
				continue;
			}
			lines++;
			AttlogLine parsed = AttlogLine.parse(line, device.offset(), now);
			if (!parsed.isPunch()) {
				setAside(device, "ATTLOG", parsed.reason(), line, now);
				setAside++;
				continue;
			}
			punches.add(new NewPunch(parsed.pin(), parsed.localTime(), device.offset(), parsed.status(),
					parsed.verify(), parsed.workCode(), line, null));
		}
		PunchWriter.Written written = writer.write(device.tenantId(), device.id(), punches, now);
		Counts counts = new Counts(lines, written.stored(), written.duplicates(), setAside, written.latest());
		addCounts(device, counts);
		return counts;
	}

	@Transactional
	public Counts operlog(DeviceRow device, String text, Instant now) {
		int lines = 0;
		int stored = 0;
		int setAside = 0;
		for (String raw : text.split("\n")) {
			String line = stripCarriageReturn(raw);
			if (line.isBlank()) {
				continue;
			}
			lines++;
			int space = line.indexOf(' ');
			String tag = (space < 0 ? line : line.substring(0, space)).strip().toUpperCase(java.util.Locale.ROOT);
			if (BIOMETRIC_TAGS.contains(tag) || tag.equals("OPLOG")) {
				continue; // templates are never stored; the operation log is acknowledged only
			}
			if (!tag.equals("USER")) {
				setAside(device, "OPERLOG", "unknown-record", redacted(line), now);
				setAside++;
				continue;
			}
			OperlogUser user = OperlogUser.parse(line.substring(space + 1));
			if (user == null) {
				setAside(device, "OPERLOG", "bad-pin", redacted(line), now);
				setAside++;
				continue;
			}
			saveUser(device, user, now);
			stored++;
		}
		Counts counts = new Counts(lines, 0, 0, setAside, null);
		addCounts(device, counts);
		log.debug("Device {}: OPERLOG {} lines, {} users", device.serialNumber(), lines, stored);
		return counts;
	}

	private void saveUser(DeviceRow device, OperlogUser user, Instant now) {
		int inserted = jdbc.sql("""
				insert into attendance_device_user (tenant_id, device_id, pin, name, updated_at)
				values (:tenant, :device, :pin, :name, :now) on conflict do nothing""")
			.param("tenant", device.tenantId())
			.param("device", device.id())
			.param("pin", user.pin())
			.param("name", user.name())
			.param("now", utc(now))
			.update();
		if (inserted == 0) {
			jdbc.sql("""
					update attendance_device_user set name = :name, updated_at = :now
					where tenant_id = :tenant and device_id = :device and pin = :pin""")
				.param("tenant", device.tenantId())
				.param("device", device.id())
				.param("pin", user.pin())
				.param("name", user.name())
				.param("now", utc(now))
				.update();
		}
	}

	private void setAside(DeviceRow device, String table, String reason, String line, Instant now) {
		log.warn("Device {}: {} line set aside ({}): {}", device.serialNumber(), table, reason,
				AttlogLine.truncate(line, 200));
		jdbc.sql("""
				insert into attendance_set_aside (id, tenant_id, device_id, table_name, reason, raw_line, received_at)
				values (:id, :tenant, :device, :table, :reason, :raw, :now)""")
			.param("id", UUID.randomUUID())
			.param("tenant", device.tenantId())
			.param("device", device.id())
			.param("table", table)
			.param("reason", reason)
			.param("raw", AttlogLine.truncate(line, 500))
			.param("now", utc(now))
			.update();
	}

	private void addCounts(DeviceRow device, Counts counts) {
		sources.count(device.tenantId(), device.id(), counts.stored(), counts.duplicates(), counts.setAside(),
				counts.latestPunch());
	}

	/** Passwords, card numbers and template payloads never reach the set-aside table. */
	static String redacted(String line) {
		return line.replaceAll("(?i)(Passwd|Card|TMP|Content)=[^\t]*", "$1=***");
	}

	private static String stripCarriageReturn(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
