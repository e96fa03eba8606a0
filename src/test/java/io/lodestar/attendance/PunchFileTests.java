package io.lodestar.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.lodestar.platform.spreadsheet.ImportIssue;

/** Reading punch files without a database: shapes, encodings, time formats and field counts. */
class PunchFileTests {

	static final Instant NOW = Instant.parse("2026-03-10T00:00:00Z");

	static final List<String> LABELS = List.of("PIN", "Time", "State", "Verify", "Fields");

	static PunchFile.Parsed parse(String name, byte[] content) {
		return PunchFile.parse(name, content, ZoneId.of("Asia/Shanghai"), NOW, LABELS);
	}

	@Test
	void aGbkDeviceLogIsDecodedAndItsLinesKeptRaw() {
		byte[] gbk = "1001\t2026-03-02 08:57:12\t0\t1\t0\t张三\r\n".getBytes(Charset.forName("GBK"));
		PunchFile.Parsed parsed = parse("1_attlog.dat", gbk);
		assertThat(parsed.issues()).isEmpty();
		assertThat(parsed.punches()).singleElement().satisfies(punch -> {
			assertThat(punch.rawLine()).endsWith("张三");
			assertThat(punch.offset().getId()).isEqualTo("+08:00");
		});
	}

	@Test
	void aTextFileIsADeviceLogOnlyWhenItsFirstLineLooksLikeOne() {
		byte[] log = "   12\t2026-03-02 08:57:12\t0\t1\n".getBytes(StandardCharsets.UTF_8);
		assertThat(PunchFile.isAttlog("export.txt", log)).isTrue();
		assertThat(PunchFile.isAttlog("export.txt", "考勤号码\t日期时间\n".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(PunchFile.isAttlog("export.csv", log)).isFalse();
	}

	@Test
	void punchListTimesAreReadInTheCommonSpellings() {
		assertThat(PunchFile.localTime("2026-03-02 08:57:12")).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 57, 12));
		assertThat(PunchFile.localTime("2026/3/2 8:57")).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 57));
		assertThat(PunchFile.localTime("2026-03-02T08:57:12")).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 57, 12));
		assertThat(PunchFile.localTime("2026-03-02")).isNull();
		assertThat(PunchFile.localTime("02/03/2026 08:57")).as("day and month order is never guessed").isNull();
	}

	@Test
	void moreThanSixteenFieldsOrATimeAheadOfTheChosenZoneAreProblemsOfTheirRow() {
		String wide = "1001\t2026-03-02 08:57:12" + "\t0".repeat(15);
		String ahead = "1002\t2026-03-11 09:00:00\t0\t1";
		PunchFile.Parsed parsed = parse("1_attlog.dat", (wide + "\n" + ahead + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Fields", "attendance.import.error.too-many-fields"),
					org.assertj.core.groups.Tuple.tuple(2, "Time", "attendance.import.error.future"));
	}

}
