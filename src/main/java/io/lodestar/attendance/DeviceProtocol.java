package io.lodestar.attendance;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ZKTeco PUSH ("iclock") server side: handshake with the options block, time query, ATTLOG and OPERLOG
 * uploads, command polling and results, ping. The device is the HTTP client and judges success by status 200
 * only; anything else makes it re-send the same data later. So content problems are answered 200 (the good
 * lines are kept, the bad ones set aside), and only a batch we did not store is answered otherwise.
 */
@Service
public class DeviceProtocol {

	private static final Logger log = LoggerFactory.getLogger(DeviceProtocol.class);

	static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** Unknown serials recorded at most: anyone can send a request, nobody can fill the table. */
	static final int MAX_PENDING = 1000;

	static final String UNKNOWN = "UNKNOWN DEVICE";

	/** What a command poll hands out at most: 200 commands or 40 KB per reply (PUSH SDK §2.4.5). */
	static final int MAX_COMMANDS = 200;

	static final int MAX_REPLY_BYTES = 40 * 1024;

	private static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private final JdbcClient jdbc;

	private final UploadIngestion ingestion;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** A command handed out and not answered within this time is handed out again. */
	private final Duration commandTimeout;

	/** How often a command is handed out before it is marked FAILED. */
	private final int commandAttempts;

	DeviceProtocol(JdbcClient jdbc, UploadIngestion ingestion, PlatformTransactionManager transactions, Clock clock,
			@Value("${lodestar.attendance.command-timeout:10m}") Duration commandTimeout,
			@Value("${lodestar.attendance.command-attempts:3}") int commandAttempts) {
		this.jdbc = jdbc;
		this.ingestion = ingestion;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.commandTimeout = commandTimeout;
		this.commandAttempts = Math.max(1, commandAttempts);
	}

	public static boolean validSerial(String serial) {
		return serial != null && SERIAL.matcher(serial).matches();
	}

	/** {@code GET /iclock/cdata}: the start-up handshake ({@code options=all}) or the time query. */
	public DeviceReply cdataGet(DeviceCall call) {
		Optional<DeviceRow> seen = touch(call.serial());
		if (seen.isEmpty() || !seen.get().approved()) {
			return DeviceReply.ok(UNKNOWN);
		}
		DeviceRow device = seen.get();
		String refusal = refusal(device, call);
		if (refusal != null) {
			return refused(device, refusal);
		}
		Map<String, String> query = call.query();
		if ("time".equalsIgnoreCase(query.get("type"))) {
			return DeviceReply.ok("Time=" + DEVICE_TIME.format(clock.instant().atOffset(device.offset()))
					+ UtcOffsets.format(device.offset()) + "\n");
		}
		return DeviceReply.ok(options(device, query.containsKey("pushver")));
	}

	private String options(DeviceRow device, boolean modern) {
		// a stamp of 0 asks for everything the device holds: harmless, because punches are stored exactly once
		String attlog = device.attlogStamp() == null ? "0" : device.attlogStamp();
		String operlog = device.operlogStamp() == null ? "0" : device.operlogStamp();
		StringBuilder body = new StringBuilder("GET OPTION FROM: ").append(device.serialNumber()).append('\n');
		body.append(modern ? "ATTLOGStamp=" : "Stamp=").append(attlog).append('\n');
		body.append(modern ? "OPERLOGStamp=" : "OpStamp=").append(operlog).append('\n');
		body.append(modern ? "ATTPHOTOStamp=" : "PhotoStamp=").append("0\n");
		body.append("ErrorDelay=30\nDelay=10\nTransTimes=00:00;14:05\nTransInterval=1\n");
		body.append("TransFlag=TransData AttLog\tOpLog\tEnrollUser\tChgUser\n");
		body.append("TimeZone=").append(UtcOffsets.timeZoneOption(device.offset())).append('\n');
		body.append("Timeout=60\nSyncTime=3600\nRealtime=1\nEncrypt=None\n");
		body.append("ServerVer=2.4.1\nPushProtVer=2.4.1\n");
		return body.toString();
	}

	/** {@code POST /iclock/cdata?table=...}: uploads. The stamp is saved only after the rows are committed. */
	public DeviceReply cdataPost(DeviceCall call, byte[] body) {
		Optional<DeviceRow> seen = touch(call.serial());
		if (seen.isEmpty() || !seen.get().approved()) {
			// not 200: the device keeps its records and sends them again once it has been approved
			log.warn("Upload from unapproved device {} refused", call.serial());
			return DeviceReply.refused(403, UNKNOWN);
		}
		DeviceRow device = seen.get();
		String refusal = refusal(device, call);
		if (refusal != null) {
			return refused(device, refusal);
		}
		Map<String, String> query = call.query();
		String table = query.getOrDefault("table", "");
		String stamp = query.containsKey("Stamp") ? query.get("Stamp") : query.get("OpStamp");
		BodyText.Decoded text = BodyText.decode(body);
		Instant now = clock.instant();
		switch (table) {
			case "ATTLOG" -> {
				UploadIngestion.Counts counts = ingestion.attlog(device, text.text(), now);
				afterCommit(device, text, "attlog_stamp", stamp);
				return DeviceReply.ok("OK:" + counts.lines() + "\n");
			}
			case "OPERLOG" -> {
				UploadIngestion.Counts counts = ingestion.operlog(device, text.text(), now);
				afterCommit(device, text, "operlog_stamp", stamp);
				return DeviceReply.ok("OK:" + counts.lines() + "\n");
			}
			case "ATTPHOTO", "options" -> {
				return DeviceReply.ok("OK\n"); // photos are not kept; device options are not needed yet
			}
			default -> {
				// a non-200 would make the device re-send this forever; the reason is logged and shown to HR
				recordError(device, "Unknown table " + AttlogLine.truncate(table, 40));
				return DeviceReply.ok("OK\n");
			}
		}
	}

	private void afterCommit(DeviceRow device, BodyText.Decoded text, String stampColumn, String stamp) {
		transactions.executeWithoutResult(status -> {
			String charset = text.hasNonAscii() ? text.charset().name() : device.charset().name();
			// an upload without a stamp keeps the one we have
			var update = stamp == null
					? jdbc.sql("update attendance_device set text_charset = :charset where tenant_id = :tenant and id = :id")
					: jdbc.sql("update attendance_device set text_charset = :charset, " + stampColumn + " = :stamp "
							+ "where tenant_id = :tenant and id = :id").param("stamp", AttlogLine.truncate(stamp, 64));
			update.param("charset", charset).param("tenant", device.tenantId()).param("id", device.id()).update();
		});
	}

	/**
	 * {@code GET /iclock/getrequest}: heartbeat. Queued commands are handed out and marked sent; a command sent
	 * longer than the timeout ago without a result is handed out again, until its attempts are used up, then it
	 * is FAILED.
	 */
	public DeviceReply getRequest(DeviceCall call) {
		Optional<DeviceRow> seen = touch(call.serial());
		if (seen.isEmpty() || !seen.get().approved()) {
			return DeviceReply.ok("OK\n");
		}
		DeviceRow device = seen.get();
		String refusal = refusal(device, call);
		if (refusal != null) {
			return refused(device, refusal);
		}
		String info = call.query().get("INFO");
		return transactions.execute(status -> {
			if (info != null && !info.isBlank()) {
				jdbc.sql("update attendance_device set firmware = :firmware where tenant_id = :tenant and id = :id")
					.param("firmware", DeviceText.clean(info.split(",")[0], 200))
					.param("tenant", device.tenantId())
					.param("id", device.id())
					.update();
			}
			var now = UploadIngestion.utc(clock.instant());
			var overdue = UploadIngestion.utc(clock.instant().minus(commandTimeout));
			int failed = jdbc.sql("""
					update attendance_command set state = 'FAILED', failed_at = :now
					where tenant_id = :tenant and device_id = :device and state = 'SENT' and sent_at <= :overdue
					    and attempts >= :attempts""")
				.param("now", now)
				.param("tenant", device.tenantId())
				.param("device", device.id())
				.param("overdue", overdue)
				.param("attempts", commandAttempts)
				.update();
			if (failed > 0) {
				log.warn("Device {}: {} command(s) failed, no result after {} attempts", device.serialNumber(), failed,
						commandAttempts);
			}
			record Queued(UUID id, long number, String text) {
			}
			List<Queued> queued = jdbc.sql("""
					select id, command_no, command_text from attendance_command
					where tenant_id = :tenant and device_id = :device
					    and (state = 'QUEUED' or (state = 'SENT' and sent_at <= :overdue))
					order by command_no""")
				.param("tenant", device.tenantId())
				.param("device", device.id())
				.param("overdue", overdue)
				.query((rs, row) -> new Queued(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)))
				.list();
			StringBuilder reply = new StringBuilder();
			Charset charset = device.charset();
			int handed = 0;
			for (Queued command : queued) {
				String line = "C:" + command.number() + ":" + command.text() + "\n";
				if (handed == MAX_COMMANDS
						|| (reply + line).getBytes(charset).length > MAX_REPLY_BYTES) {
					break;
				}
				reply.append(line);
				handed++;
				// the same number again on a re-send: a late result of an earlier attempt still completes it
				jdbc.sql("""
						update attendance_command set state = 'SENT', sent_at = :now, attempts = attempts + 1
						where tenant_id = :tenant and id = :id
						    and (state = 'QUEUED' or (state = 'SENT' and sent_at <= :overdue))""")
					.param("now", now)
					.param("tenant", device.tenantId())
					.param("id", command.id())
					.param("overdue", overdue)
					.update();
			}
			return handed == 0 ? DeviceReply.ok("OK\n") : new DeviceReply(200, reply.toString(), charset);
		});
	}

	/** {@code POST /iclock/devicecmd}: command results, recorded only for this device's own commands. */
	public DeviceReply deviceCommand(DeviceCall call, byte[] body) {
		Optional<DeviceRow> seen = touch(call.serial());
		if (seen.isEmpty() || !seen.get().approved()) {
			return DeviceReply.ok("OK\n");
		}
		DeviceRow device = seen.get();
		String refusal = refusal(device, call);
		if (refusal != null) {
			return refused(device, refusal);
		}
		transactions.executeWithoutResult(status -> {
			for (DeviceCommandResults.Result result : DeviceCommandResults.parse(BodyText.decode(body).text(),
					call.query())) {
				jdbc.sql("""
						update attendance_command set state = 'DONE', return_code = :code, done_at = :now
						where tenant_id = :tenant and device_id = :device and command_no = :number and state <> 'DONE'""")
					.param("code", result.returnCode())
					.param("now", UploadIngestion.utc(clock.instant()))
					.param("tenant", device.tenantId())
					.param("device", device.id())
					.param("number", result.id())
					.update();
			}
		});
		return DeviceReply.ok("OK\n");
	}

	/** {@code /iclock/ping}: a heartbeat during long uploads; never answered with commands. */
	public DeviceReply ping(DeviceCall call) {
		Optional<DeviceRow> seen = touch(call.serial()).filter(DeviceRow::approved);
		String refusal = seen.map(device -> refusal(device, call)).orElse(null);
		return refusal == null ? DeviceReply.ok("OK\n") : refused(seen.get(), refusal);
	}

	/**
	 * Why a call of an approved device is refused (its address is outside the device's networks, or the shared
	 * secret is missing or wrong), or {@code null}. A refused call stores nothing and is answered 403, so the
	 * device keeps its records and sends them again once its settings are fixed.
	 */
	private static String refusal(DeviceRow device, DeviceCall call) {
		AddressRule networks = AddressRule.parse(device.allowedNetworks());
		if (networks != null && !networks.allows(call.remoteAddress())) {
			return "Refused: address " + AttlogLine.truncate(String.valueOf(call.remoteAddress()), 60)
					+ " is not in the allowed networks";
		}
		if (device.secretSha256() != null && !DeviceSecrets.matches(call.key(), device.secretSha256())) {
			return call.key() == null || call.key().isEmpty() ? "Refused: no shared secret (ComKey) sent"
					: "Refused: wrong shared secret (ComKey)";
		}
		return null;
	}

	private DeviceReply refused(DeviceRow device, String reason) {
		recordError(device, reason);
		return DeviceReply.refused(403, "ERROR: refused\n");
	}

	/** A body over the limit: not stored, the reason shown to HR; the device re-sends it (smaller, or later). */
	public DeviceReply tooLarge(String serial, long limit) {
		touch(serial).filter(DeviceRow::approved)
			.ifPresent(device -> recordError(device, "Body larger than " + limit + " bytes refused"));
		log.warn("Device {}: body larger than {} bytes refused", serial, limit);
		return DeviceReply.refused(413, "ERROR: body too large\n");
	}

	private void recordError(DeviceRow device, String error) {
		log.warn("Device {}: {}", device.serialNumber(), error);
		transactions.executeWithoutResult(status -> jdbc.sql("""
				update attendance_device set error_count = error_count + 1, last_error = :error, last_error_at = :now
				where tenant_id = :tenant and id = :id""")
			.param("error", AttlogLine.truncate(error, 300))
			.param("now", UploadIngestion.utc(clock.instant()))
			.param("tenant", device.tenantId())
			.param("id", device.id())
			.update());
	}

	/** Marks the serial as seen; an unknown one is recorded as pending (never accepted). */
	private Optional<DeviceRow> touch(String serial) {
		return transactions.execute(status -> {
			var now = UploadIngestion.utc(clock.instant());
			int updated = jdbc.sql("update attendance_device set last_seen_at = :now where serial_number = :serial "
					+ "and kind = 'DEVICE'")
				.param("now", now)
				.param("serial", serial)
				.update();
			if (updated == 0) {
				long pending = jdbc.sql("select count(*) from attendance_device where status = 'PENDING'")
					.query(Long.class)
					.single();
				if (pending >= MAX_PENDING) {
					log.warn("Unknown device {} not recorded: {} devices already pending", serial, pending);
					return Optional.empty();
				}
				log.info("Unknown device {} recorded as pending approval", serial);
				jdbc.sql("""
						insert into attendance_device (id, tenant_id, serial_number, status, utc_offset, text_charset,
						    first_seen_at, last_seen_at, punch_count, duplicate_count, set_aside_count, error_count,
						    version)
						values (:id, null, :serial, 'PENDING', '+08:00', 'UTF-8', :now, :now, 0, 0, 0, 0, 0)
						on conflict do nothing""")
					.param("id", UUID.randomUUID())
					.param("serial", serial)
					.param("now", now)
					.update();
			}
			return jdbc.sql("select " + DeviceRow.COLUMNS + " from attendance_device where serial_number = :serial "
					+ "and kind = 'DEVICE'")
				.param("serial", serial)
				.query(DeviceRow::map)
				.optional();
		});
	}

}
