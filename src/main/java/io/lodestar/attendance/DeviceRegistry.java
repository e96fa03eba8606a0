package io.lodestar.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * HR administrators' side of the devices: approving a serial number into the company (allow-listing; it may
 * also be registered before the device first calls), the company's devices with their status, and commands for
 * the next poll. Everything is scoped to the signed-in user's company; another company's device is not found.
 */
@Service
@Transactional
public class DeviceRegistry {

	static final String ENTITY = "attendance-device";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DeviceRegistry(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DeviceView> devices(CurrentUser user) {
		return jdbc.sql("select " + DeviceRow.COLUMNS + " from attendance_device where tenant_id = :tenant "
				+ "and status = 'APPROVED' and kind = 'DEVICE' order by name, serial_number")
			.param("tenant", user.tenant())
			.query(DeviceRow::map)
			.list()
			.stream()
			.map(DeviceView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<PendingDeviceView> pending(CurrentUser user) {
		user.tenant();
		return jdbc.sql("select serial_number, first_seen_at, last_seen_at from attendance_device "
				+ "where status = 'PENDING' order by last_seen_at desc limit 50")
			.query((rs, row) -> new PendingDeviceView(PendingDeviceView.mask(rs.getString(1)),
					DeviceRow.instant(rs, "first_seen_at"), DeviceRow.instant(rs, "last_seen_at")))
			.list();
	}

	/** Approves a pending serial number into the company, or allow-lists one that has not called yet. */
	public DeviceView approve(CurrentUser user, String serialNumber, String name, String utcOffset) {
		String serial = serialNumber == null ? "" : serialNumber.strip();
		if (!DeviceProtocol.validSerial(serial)) {
			throw BusinessRuleException.invalid("attendance.device.serial.invalid", "serialNumber");
		}
		ZoneOffset offset = UtcOffsets.parse(utcOffset, "utcOffset");
		String cleanName = DeviceText.clean(name, 100);
		var now = UploadIngestion.utc(clock.instant());
		// attlog_stamp stays null, so the first handshake asks for everything the device holds
		int claimed = jdbc.sql("""
				update attendance_device set tenant_id = :tenant, status = 'APPROVED', name = :name, utc_offset = :offset,
				    approved_at = :now, version = version + 1
				where serial_number = :serial and status = 'PENDING' and tenant_id is null""")
			.param("tenant", user.tenant())
			.param("name", cleanName.isEmpty() ? serial : cleanName)
			.param("offset", UtcOffsets.format(offset))
			.param("now", now)
			.param("serial", serial)
			.update();
		if (claimed == 0) {
			boolean exists = jdbc.sql("select count(*) from attendance_device where serial_number = :serial")
				.param("serial", serial)
				.query(Long.class)
				.single() > 0;
			if (exists) {
				// the same answer whether it is ours or another company's: ownership is not revealed
				throw BusinessRuleException.conflict("attendance.device.serial.taken", "serialNumber");
			}
			jdbc.sql("""
					insert into attendance_device (id, tenant_id, serial_number, status, name, utc_offset, text_charset,
					    punch_count, duplicate_count, set_aside_count, error_count, approved_at, version)
					values (:id, :tenant, :serial, 'APPROVED', :name, :offset, 'UTF-8', 0, 0, 0, 0, :now, 0)""")
				.param("id", UUID.randomUUID())
				.param("tenant", user.tenant())
				.param("serial", serial)
				.param("name", cleanName.isEmpty() ? serial : cleanName)
				.param("offset", UtcOffsets.format(offset))
				.param("now", now)
				.update();
		}
		DeviceRow device = jdbc.sql("select " + DeviceRow.COLUMNS + " from attendance_device "
				+ "where tenant_id = :tenant and serial_number = :serial")
			.param("tenant", user.tenant())
			.param("serial", serial)
			.query(DeviceRow::map)
			.single();
		audit.record("attendance.device.approved", ENTITY, device.id(), null, snapshot(device));
		return DeviceView.of(device);
	}

	@Transactional(readOnly = true)
	public DeviceView device(CurrentUser user, UUID id) {
		return DeviceView.of(row(user, id));
	}

	/** Sends a person's PIN and name to the device; TAB and newlines are removed so nothing else can be sent. */
	public CommandView pushUser(CurrentUser user, UUID id, String pin, String name) {
		DeviceRow device = row(user, id);
		String cleanPin = pin == null ? "" : pin.strip();
		if (!AttlogLine.PIN.matcher(cleanPin).matches()) {
			throw BusinessRuleException.invalid("attendance.command.pin.invalid", "pin");
		}
		String cleanName = DeviceText.clean(name, 40);
		return queue(user, device, "USER",
				"DATA UPDATE USERINFO PIN=" + cleanPin + "\tName=" + cleanName + "\tPri=0");
	}

	/** Asks the device to upload its punches of a date range again (stored exactly once, so this is safe). */
	public CommandView reupload(CurrentUser user, UUID id, LocalDate from, LocalDate to) {
		DeviceRow device = row(user, id);
		if (from == null) {
			throw BusinessRuleException.invalid("attendance.command.from.required", "from");
		}
		if (to == null || to.isBefore(from)) {
			throw BusinessRuleException.invalid("attendance.command.to.invalid", "to");
		}
		return queue(user, device, "REUPLOAD", "DATA QUERY ATTLOG StartTime=" + from + "T00:00:00\tEndTime="
				+ to + "T23:59:59");
	}

	private CommandView queue(CurrentUser user, DeviceRow device, String kind, String text) {
		long number = jdbc.sql("select nextval('attendance_command_no')").query(Long.class).single();
		UUID commandId = UUID.randomUUID();
		jdbc.sql("""
				insert into attendance_command (id, tenant_id, device_id, command_no, kind, command_text, state, queued_at)
				values (:id, :tenant, :device, :number, :kind, :text, 'QUEUED', :now)""")
			.param("id", commandId)
			.param("tenant", user.tenant())
			.param("device", device.id())
			.param("number", number)
			.param("kind", kind)
			.param("text", text)
			.param("now", UploadIngestion.utc(clock.instant()))
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("device", device.serialNumber());
		after.put("kind", kind);
		after.put("command", text.replace('\t', ' '));
		audit.record("attendance.command.queued", ENTITY, device.id(), null, after);
		return commands(user, device.id()).stream().filter(c -> c.id().equals(commandId)).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<CommandView> commands(CurrentUser user, UUID id) {
		row(user, id);
		return jdbc.sql("""
				select id, command_no, kind, command_text, state, return_code, queued_at, sent_at, done_at, attempts,
				    failed_at
				from attendance_command where tenant_id = :tenant and device_id = :device
				order by command_no desc limit 50""")
			.param("tenant", user.tenant())
			.param("device", id)
			.query((rs, row) -> new CommandView(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
					rs.getString(4), CommandState.valueOf(rs.getString(5)), (Integer) rs.getObject(6, Integer.class),
					DeviceRow.instant(rs, "queued_at"), DeviceRow.instant(rs, "sent_at"),
					DeviceRow.instant(rs, "done_at"), rs.getInt("attempts"), DeviceRow.instant(rs, "failed_at")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<SetAsideView> setAside(CurrentUser user, UUID id) {
		row(user, id);
		return jdbc.sql("""
				select table_name, reason, raw_line, received_at from attendance_set_aside
				where tenant_id = :tenant and device_id = :device order by received_at desc limit 50""")
			.param("tenant", user.tenant())
			.param("device", id)
			.query((rs, row) -> new SetAsideView(rs.getString(1), rs.getString(2), rs.getString(3),
					DeviceRow.instant(rs, "received_at")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<PunchView> recentPunches(CurrentUser user, UUID id) {
		row(user, id);
		return jdbc.sql("""
				select pin, local_time, utc_offset, punched_at, status_code, verify_code, received_at
				from attendance_punch where tenant_id = :tenant and device_id = :device
				order by punched_at desc, pin limit 50""")
			.param("tenant", user.tenant())
			.param("device", id)
			.query((rs, row) -> new PunchView(rs.getString(1), rs.getObject(2, java.time.LocalDateTime.class),
					rs.getString(3), DeviceRow.instant(rs, "punched_at"), (Integer) rs.getObject(5, Integer.class),
					(Integer) rs.getObject(6, Integer.class), DeviceRow.instant(rs, "received_at")))
			.list();
	}

	/**
	 * Sets who may speak for the device: a shared secret (the device's ComKey; stored as a digest only; blank keeps
	 * the current one unless {@code clearSecret}) and the networks it may call from (blank: any).
	 */
	public DeviceView secure(CurrentUser user, UUID id, String secret, boolean clearSecret, String allowedNetworks) {
		DeviceRow device = row(user, id);
		AddressRule networks;
		try {
			networks = AddressRule.parse(allowedNetworks);
		}
		catch (IllegalArgumentException bad) {
			throw BusinessRuleException.invalid("attendance.device.networks.invalid", "allowedNetworks",
					bad.getMessage());
		}
		String networkText = networks == null ? null : networks.text();
		if (networkText != null && networkText.length() > 1000) {
			throw BusinessRuleException.invalid("attendance.device.networks.too-long", "allowedNetworks");
		}
		String digest = device.secretSha256();
		String given = secret == null ? "" : secret.strip();
		if (clearSecret) {
			digest = null;
		}
		else if (!given.isEmpty()) {
			if (given.length() > 64 || !given.chars().allMatch(c -> c > 32 && c < 127)) {
				throw BusinessRuleException.invalid("attendance.device.secret.invalid", "secret");
			}
			digest = DeviceSecrets.digest(given);
		}
		jdbc.sql("""
				update attendance_device set secret_sha256 = :digest, allowed_networks = :networks, version = version + 1
				where tenant_id = :tenant and id = :id""")
			.param("digest", digest)
			.param("networks", networkText)
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("sharedSecret", device.secretSha256() != null);
		before.put("allowedNetworks", device.allowedNetworks());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("sharedSecret", digest != null);
		after.put("allowedNetworks", networkText);
		audit.record("attendance.device.secured", ENTITY, id, before, after);
		return device(user, id);
	}

	private DeviceRow row(CurrentUser user, UUID id) {
		return jdbc.sql("select " + DeviceRow.COLUMNS + " from attendance_device where tenant_id = :tenant "
				+ "and id = :id and status = 'APPROVED' and kind = 'DEVICE'")
			.param("tenant", user.tenant())
			.param("id", id)
			.query(DeviceRow::map)
			.optional()
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private static Map<String, Object> snapshot(DeviceRow device) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("serialNumber", device.serialNumber());
		values.put("name", device.name());
		values.put("utcOffset", UtcOffsets.format(device.offset()));
		return values;
	}

}
