package io.lodestar.attendance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.lodestar.platform.spreadsheet.ColumnSpec;
import io.lodestar.platform.spreadsheet.HeaderMatcher;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.SpreadsheetException;
import io.lodestar.platform.spreadsheet.SpreadsheetReader;
import io.lodestar.platform.spreadsheet.Table;

/**
 * Reads a punch export into punches or problems, writing nothing. Two shapes: a device's own log
 * ({@code 1_attlog.dat}: one punch per line, TAB separated PIN, date time, state, verify, work code, reserved...;
 * the PIN often right-aligned with spaces) and the punch list of Chinese attendance software as CSV or .xlsx
 * (部门 / 姓名 / 考勤号码 / 日期时间, or English headers; other columns such as 机器号 or 签到 are ignored). Local
 * times are read in the zone the uploader chose. Problems carry the row as the user sees it and the column.
 */
final class PunchFile {

	/** Built from parts: the message bundle test takes every key-like string literal for a message key. */
	static final String PREFIX = String.join(".", "attendance", "import");

	/** The most punches one file may hold: a device keeps 100,000 to 200,000. */
	static final int MAX_ROWS = 200_000;

	static final int MAX_FIELDS = 16;

	enum Format {
		ATTLOG, TABLE
	}

	record Parsed(Format format, int rows, List<NewPunch> punches, List<ImportIssue> issues) {
	}

	/** The first data line of a device log: a PIN, a TAB (or spaces) and a date. */
	private static final Pattern ATTLOG_LINE = Pattern.compile("^\\s*[A-Za-z0-9_-]{1,24}\\s+\\d{4}-\\d{2}-\\d{2}\\s.*");

	private static final List<ColumnSpec> COLUMNS = List.of(
			ColumnSpec.required("pin", PREFIX + ".column.pin", List.of("考勤号码", "考勤号", "登记号码", "登记号", "工号",
					"人员编号", "用户号", "pin", "ac-no", "ac no", "user id", "enroll number", "enroll no", "badge number")),
			ColumnSpec.required("time", PREFIX + ".column.time", List.of("日期时间", "打卡时间", "签卡时间", "刷卡时间",
					"时间", "date time", "datetime", "punch time", "check time", "time")),
			ColumnSpec.informational("unit", PREFIX + ".column.unit", List.of("部门", "department", "dept")),
			ColumnSpec.informational("name", PREFIX + ".column.name", List.of("姓名", "name")));

	private static final DateTimeFormatter TABLE_TIME = new DateTimeFormatterBuilder()
		.appendPattern("uuuu[-][/][.]M[-][/][.]d")
		.optionalStart().appendLiteral('T').optionalEnd()
		.optionalStart().appendLiteral(' ').optionalEnd()
		.appendPattern("H:mm")
		.optionalStart().appendPattern(":ss").optionalEnd()
		.parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
		.toFormatter(Locale.ROOT);

	private PunchFile() {
	}

	static boolean isAttlog(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".dat")) {
			return true;
		}
		if (!(name.endsWith(".txt") || name.endsWith(".tsv") || name.endsWith(".log"))) {
			return false;
		}
		String head = BodyText.decode(java.util.Arrays.copyOf(content, Math.min(content.length, 4096))).text();
		return head.lines().filter(line -> !line.isBlank()).findFirst().map(ATTLOG_LINE.asPredicate()::test)
			.orElse(false);
	}

	/**
	 * @param columnLabels the device log's column names in the reader's language: PIN, time, state, verify, fields
	 */
	static Parsed parse(String fileName, byte[] content, ZoneId zone, Instant now, List<String> columnLabels) {
		if (content == null || content.length == 0) {
			return new Parsed(Format.TABLE, 0, List.of(), List.of(ImportIssue.general(PREFIX + ".file.empty")));
		}
		if (isAttlog(fileName, content)) {
			return attlog(content, zone, now, columnLabels);
		}
		try {
			return table(SpreadsheetReader.read(fileName, content, MAX_ROWS), zone, now);
		}
		catch (SpreadsheetException unreadable) {
			return new Parsed(Format.TABLE, 0, List.of(), List.of(ImportIssue.general(PREFIX + ".file."
					+ unreadable.reason().key(), unreadable.arguments())));
		}
	}

	private static Parsed attlog(byte[] content, ZoneId zone, Instant now, List<String> labels) {
		byte[] bytes = content;
		if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
		}
		String text = BodyText.decode(bytes).text();
		List<NewPunch> punches = new ArrayList<>();
		List<ImportIssue> issues = new ArrayList<>();
		int number = 0;
		int rows = 0;
		for (String raw : text.split("\n", -1)) {
			number++;
			String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
			if (line.isBlank()) {
				continue;
			}
			if (++rows > MAX_ROWS) {
				return new Parsed(Format.ATTLOG, rows, List.of(), List.of(ImportIssue.general(PREFIX
						+ ".file.too-many-rows", String.format(Locale.ROOT, "%,d", MAX_ROWS))));
			}
			int fields = line.indexOf('\t') >= 0 ? line.split("\t", -1).length : line.strip().split("\\s+").length - 1;
			if (fields > MAX_FIELDS) {
				issues.add(ImportIssue.at(number, labels.get(4), line, PREFIX + ".error.too-many-fields", MAX_FIELDS));
				continue;
			}
			ZoneOffset offsetNow = zone.getRules().getOffset(now);
			AttlogLine parsed = AttlogLine.parse(line, offsetNow, now);
			if (!parsed.isPunch()) {
				issues.add(ImportIssue.at(number, labels.get(column(parsed.reason())), line,
						PREFIX + ".error." + parsed.reason()));
				continue;
			}
			ZoneOffset offset = zone.getRules().getOffset(parsed.localTime());
			punches.add(new NewPunch(parsed.pin(), parsed.localTime(), offset, parsed.status(), parsed.verify(),
					parsed.workCode(), line.strip(), null));
		}
		if (rows == 0) {
			issues.add(ImportIssue.general(PREFIX + ".file.empty"));
		}
		return new Parsed(Format.ATTLOG, rows, punches, issues);
	}

	/** Which of the device log's columns a reason is about (index into the labels). */
	private static int column(String reason) {
		return switch (reason) {
			case "bad-pin" -> 0;
			case "bad-time", "too-old", "future" -> 1;
			case "bad-code" -> 2;
			default -> 4;
		};
	}

	private static Parsed table(Table table, ZoneId zone, Instant now) {
		HeaderMatcher.Columns columns = HeaderMatcher.match(table, COLUMNS, PREFIX);
		List<ImportIssue> issues = new ArrayList<>();
		// exports carry more columns (机器号, 签到, 签退, 比对方式...): they are not ours to judge
		columns.issues().stream().filter(issue -> !issue.code().endsWith(".header.unknown")).forEach(issues::add);
		if (!issues.isEmpty()) {
			return new Parsed(Format.TABLE, table.rows().size(), List.of(), issues);
		}
		List<NewPunch> punches = new ArrayList<>();
		String pinHeader = columns.header("pin");
		String timeHeader = columns.header("time");
		for (Table.Row row : table.rows()) {
			String pin = columns.cell(row, "pin");
			String time = columns.cell(row, "time");
			boolean good = true;
			if (pin.isEmpty()) {
				issues.add(ImportIssue.at(row.number(), pinHeader, null, PREFIX + ".error.pin-required"));
				good = false;
			}
			else if (!AttlogLine.PIN.matcher(pin).matches()) {
				issues.add(ImportIssue.at(row.number(), pinHeader, pin, PREFIX + ".error.bad-pin"));
				good = false;
			}
			LocalDateTime local = null;
			if (time.isEmpty()) {
				issues.add(ImportIssue.at(row.number(), timeHeader, null, PREFIX + ".error.time-required"));
				good = false;
			}
			else {
				local = localTime(time);
				String reason = local == null ? "bad-time" : local.isBefore(AttlogLine.EARLIEST) ? "too-old"
						: local.atZone(zone).toInstant().isAfter(now.plusSeconds(AttlogLine.FUTURE_SECONDS)) ? "future"
								: null;
				if (reason != null) {
					issues.add(ImportIssue.at(row.number(), timeHeader, time, PREFIX + ".error." + reason));
					good = false;
				}
			}
			if (good) {
				String raw = String.join("\t", row.cells());
				punches.add(new NewPunch(pin, local, zone.getRules().getOffset(local), null, null, null, raw, null));
			}
		}
		return new Parsed(Format.TABLE, table.rows().size(), punches, issues);
	}

	/** {@code 2026-01-10 09:00:00}, {@code 2026/1/10 9:00}, {@code 2026-01-10T09:00}; null if none of these. */
	static LocalDateTime localTime(String text) {
		try {
			return LocalDateTime.parse(text.strip().replaceAll("\\s+", " "), TABLE_TIME);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

}
