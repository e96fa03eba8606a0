package io.lodestar.attendance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One ATTLOG line: {@code PIN \t yyyy-MM-dd HH:mm:ss \t state \t verify \t workcode ...}. Devices send 2 to 16
 * fields; only the first five mean something to us and the whole line is kept raw. Either a punch or a reason to
 * set the line aside.
 */
record AttlogLine(String pin, LocalDateTime localTime, Integer status, Integer verify, String workCode,
		String reason) {

	static final Pattern PIN = Pattern.compile("[A-Za-z0-9_-]{1,24}");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	/** Before this the device clock was reset (batteries out, corrupt log): 2000-01-01 is the typical garbage. */
	static final LocalDateTime EARLIEST = LocalDateTime.of(2001, 1, 1, 0, 0);

	/** How far ahead of the server's clock a punch may be: a day, as ZKTeco's own server allows. */
	static final long FUTURE_SECONDS = 24 * 3600;

	boolean isPunch() {
		return reason == null;
	}

	private static AttlogLine rejected(String reason) {
		return new AttlogLine(null, null, null, null, null, reason);
	}

	static AttlogLine parse(String line, ZoneOffset offset, Instant now) {
		String[] fields = line.indexOf('\t') >= 0 ? line.split("\t", -1) : spaceSeparated(line);
		if (fields.length < 2) {
			return rejected("missing-fields");
		}
		String pin = fields[0].strip();
		if (!PIN.matcher(pin).matches()) {
			return rejected("bad-pin");
		}
		LocalDateTime time;
		try {
			time = LocalDateTime.parse(fields[1].strip(), TIME);
		}
		catch (DateTimeParseException e) {
			return rejected("bad-time");
		}
		Integer status;
		Integer verify;
		try {
			status = code(fields, 2);
			verify = code(fields, 3);
		}
		catch (NumberFormatException e) {
			return rejected("bad-code");
		}
		if (time.isBefore(EARLIEST)) {
			return rejected("too-old");
		}
		// ZKTeco's own server drops records over a day ahead; we keep them aside so a clock fault is visible
		if (time.toInstant(offset).isAfter(now.plusSeconds(FUTURE_SECONDS))) {
			return rejected("future");
		}
		String workCode = fields.length > 4 && !fields[4].isBlank() ? truncate(fields[4].strip(), 24) : null;
		return new AttlogLine(pin, time, status, verify, workCode, null);
	}

	/** Firmware or proxies that turned TABs into spaces: the date and the time are then two tokens. */
	private static String[] spaceSeparated(String line) {
		String[] tokens = line.strip().split(" +");
		if (tokens.length < 3) {
			return tokens;
		}
		String[] fields = new String[tokens.length - 1];
		fields[0] = tokens[0];
		fields[1] = tokens[1] + " " + tokens[2];
		System.arraycopy(tokens, 3, fields, 2, tokens.length - 3);
		return Arrays.copyOf(fields, fields.length);
	}

	private static Integer code(String[] fields, int index) {
		if (fields.length <= index || fields[index].isBlank()) {
			return null;
		}
		return Integer.valueOf(fields[index].strip());
	}

	static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
