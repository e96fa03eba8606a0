package io.lodestar.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** A simulated ZKTeco PUSH device against the whole application: handshake, uploads, commands, approval. */
@IntegrationTest
class AttendanceProtocolIntegrationTests {

	static final Charset GBK = Charset.forName("GBK");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DeviceRegistry registry;

	@Autowired
	JdbcClient jdbc;

	private static String serial() {
		return "SIM" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	private DeviceView approve(Fixtures.Company company, String serial, String offset) {
		return SystemActor.runAs(company.id(), () -> registry.approve(company.hr().principal(), serial, "Gate", offset));
	}

	private long count(String table, UUID tenant) {
		return jdbc.sql("select count(*) from " + table + " where tenant_id = :t").param("t", tenant)
			.query(Long.class).single();
	}

	private static String yesterday(String time) {
		return LocalDate.now().minusDays(1) + " " + time;
	}

	@Test
	void handshakeAnswersTheOptionsBlockWithStampsTimeZoneAndADateHeaderOnBothPathSpellings() throws Exception {
		var company = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		approve(company, device.serial, "+05:30");

		var modern = device.handshake();
		assertThat(modern.status()).isEqualTo(200);
		assertThat(modern.date()).endsWith("GMT");
		List<String> lines = modern.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("GET OPTION FROM: " + device.serial);
		assertThat(lines).contains("ATTLOGStamp=0", "OPERLOGStamp=0", "TimeZone=330", "Realtime=1", "Delay=10",
				"ErrorDelay=30", "ServerVer=2.4.1");
		assertThat(lines).anyMatch(line -> line.startsWith("TransFlag=TransData AttLog\tOpLog"));

		var legacy = device.aspx().legacyHandshake();
		assertThat(legacy.body()).startsWith("GET OPTION FROM: " + device.serial).contains("\nStamp=0\n", "\nOpStamp=0\n");

		device.attlog("2026-10-04T08:35:00", "1001\t" + yesterday("08:30:00") + "\t0\t1\t0\t0\t0");
		assertThat(device.handshake().body()).contains("ATTLOGStamp=2026-10-04T08:35:00");
		assertThat(device.time().body()).matches("Time=\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+05:30\n");
		assertThat(device.ping().body()).isEqualTo("OK\n");
		assertThat(device.poll(null).body()).isEqualTo("OK\n");
	}

	@Test
	void anUnknownSerialBecomesPendingAndNothingItSendsIsStored() throws Exception {
		var company = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		assertThat(device.handshake().body()).isEqualTo("UNKNOWN DEVICE");
		var upload = device.attlog("1", "1001\t" + yesterday("08:30:00") + "\t0\t1");
		assertThat(upload.status()).as("not 200, so the device keeps the punch and sends it again").isEqualTo(403);
		assertThat(jdbc.sql("select status from attendance_device where serial_number = :s").param("s", device.serial)
			.query(String.class).single()).isEqualTo("PENDING");
		assertThat(jdbc.sql("select count(*) from attendance_punch p join attendance_device d on d.id = p.device_id "
				+ "where d.serial_number = :s").param("s", device.serial).query(Long.class).single()).isZero();
		assertThat(SystemActor.runAs(company.id(), () -> registry.pending(company.hr().principal())))
			.anyMatch(p -> p.maskedSerial().endsWith(device.serial.substring(device.serial.length() - 4))
					&& !p.maskedSerial().contains(device.serial.substring(0, 6)));

		approve(company, device.serial, "+08:00");
		assertThat(device.handshake().body()).contains("ATTLOGStamp=0");
		assertThat(device.attlog("1", "1001\t" + yesterday("08:30:00") + "\t0\t1").body()).isEqualTo("OK:1\n");
		assertThat(count("attendance_punch", company.id())).isEqualTo(1);
	}

	@Test
	void resentBatchesAndFullReuploadsStoreEachPunchExactlyOnceAndAreStillAnsweredOk() throws Exception {
		var company = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		approve(company, device.serial, "+08:00");
		String[] batch = { "1001\t" + yesterday("08:30:00") + "\t0\t1\t0\t0\t0\r",
				"1002\t" + yesterday("08:35:00") + "\t1\t15\t0\t0\t0\t0\t0\t0", // 10 fields
				"1003\t" + yesterday("08:36:00") + "\t255\t1", // 4 fields, no state key
				"1004\t" + yesterday("08:37:00"), // 2 fields
				"" };
		assertThat(device.attlog("1", batch).body()).isEqualTo("OK:4\n");
		var resent = device.attlog("1", batch);
		assertThat(resent.status()).isEqualTo(200);
		assertThat(resent.body()).isEqualTo("OK:4\n");
		assertThat(device.attlog("0", "1001\t" + yesterday("08:30:00") + "\t1\t4", "1002\t" + yesterday("08:35:00"),
				"1003\t" + yesterday("08:36:00"), "1004\t" + yesterday("08:37:00"), "1005\t" + yesterday("17:30:00"))
			.body()).isEqualTo("OK:5\n");
		assertThat(count("attendance_punch", company.id())).isEqualTo(5);
		DeviceView view = SystemActor.runAs(company.id(), () -> registry.device(company.hr().principal(),
				approveId(company, device.serial)));
		assertThat(view.punchCount()).isEqualTo(5);
		assertThat(view.duplicateCount()).isEqualTo(8);
		assertThat(view.lastPunchAt()).isNotNull();
		assertThat(jdbc.sql("select verify_code from attendance_punch where tenant_id = :t and pin = '1002'")
			.param("t", company.id()).query(Integer.class).single()).isEqualTo(15);
	}

	private UUID approveId(Fixtures.Company company, String serial) {
		return jdbc.sql("select id from attendance_device where tenant_id = :t and serial_number = :s")
			.param("t", company.id()).param("s", serial).query(UUID.class).single();
	}

	@Test
	void implausibleAndMalformedLinesAreSetAsideWithAReasonWhileTheGoodLinesAreKept() throws Exception {
		var company = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		approve(company, device.serial, "+08:00");
		String future = LocalDateTime.now().plusDays(3).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
		var reply = device.attlog("7", "1001\t" + yesterday("08:30:00") + "\t0\t1", "1002\t" + future + "\t0\t1",
				"1003\t2000-01-01 00:00:00\t0\t1", "garbage", "1004\tnot a time\t0\t1",
				"1005\t" + yesterday("09:00:00") + "\t0\t1");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).isEqualTo("OK:6\n");
		assertThat(count("attendance_punch", company.id())).isEqualTo(2);
		assertThat(jdbc.sql("select reason from attendance_set_aside where tenant_id = :t order by reason")
			.param("t", company.id()).query(String.class).list())
			.containsExactly("bad-time", "future", "missing-fields", "too-old");
		assertThat(device.handshake().body()).contains("ATTLOGStamp=7");
	}

	@Test
	void gbkAndUtf8NamesAreDecodedAndBiometricTemplatesAreAcknowledgedButNeverStored() throws Exception {
		var company = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		approve(company, device.serial, "+08:00");
		var gbk = device.operlog(GBK, "USER PIN=1001\tName=张三\tPri=0\tPasswd=123\tCard=99\tGrp=1\tTZ=",
				"FP PIN=1001\tFID=1\tSize=680\tValid=1\tTMP=ocoRgZPRN8EwJNQxQTY",
				"FACE PIN=1001\tFID=1\tSize=3052\tValid=1\tTMP=SDFGVDRgZPRVWFSG",
				"BIOPHOTO PIN=1001\tType=9\tSize=10\tContent=aGVsbG8=",
				"OPLOG 4\t0\t" + yesterday("08:00:00") + "\t0\t0\t0\t0");
		assertThat(gbk.body()).isEqualTo("OK:5\n");
		assertThat(device.operlog(StandardCharsets.UTF_8, "USER PIN=1002\tName=李四\tPri=0").body()).isEqualTo("OK:1\n");
		assertThat(jdbc.sql("select name from attendance_device_user where tenant_id = :t order by pin")
			.param("t", company.id()).query(String.class).list()).containsExactly("张三", "李四");
		assertThat(count("attendance_set_aside", company.id())).isZero();
		String everything = jdbc.sql("select coalesce(string_agg(raw_line, '|'), '') from attendance_set_aside "
				+ "where tenant_id = :t").param("t", company.id()).query(String.class).single();
		assertThat(everything).doesNotContain("TMP=").doesNotContain("Content=");
		assertThat(jdbc.sql("select count(*) from attendance_device_user where tenant_id = :t and name like '%Passwd%'")
			.param("t", company.id()).query(Long.class).single()).isZero();
	}

	@Test
	void aQueuedCommandIsDeliveredOnPollAndItsResultRecordedAndNamesCannotInjectFieldsOrCommands()
			throws Exception {
		var company = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		UUID id = approve(company, device.serial, "+08:00").id();
		var hr = company.hr().principal();
		CommandView user = SystemActor.runAs(company.id(),
				() -> registry.pushUser(hr, id, "1001", "A\tPri=14\nDATA DELETE USERINFO PIN=1"));
		CommandView reupload = SystemActor.runAs(company.id(),
				() -> registry.reupload(hr, id, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));

		var poll = device.poll("Ver 6.60 Apr 28 2017,3,2,5,192.168.1.201,10,7,0,100");
		List<String> lines = poll.body().lines().toList();
		assertThat(lines).containsExactly(
				"C:" + user.number() + ":DATA UPDATE USERINFO PIN=1001\tName=A Pri=14 DATA DELETE USERINFO PIN=1\tPri=0",
				"C:" + reupload.number() + ":DATA QUERY ATTLOG StartTime=2026-03-01T00:00:00\tEndTime=2026-03-31T23:59:59");
		assertThat(lines.get(0).split("\t")).hasSize(3);
		assertThat(device.poll(null).body()).as("handed out once").isEqualTo("OK\n");

		assertThat(device.commandResult("ID=" + user.number() + "&Return=0&CMD=DATA\nID=" + reupload.number()
				+ "&Return=-1&CMD=DATA\nID=999999999&Return=0&CMD=DATA").body()).isEqualTo("OK\n");
		var commands = SystemActor.runAs(company.id(), () -> registry.commands(hr, id));
		assertThat(commands).extracting(CommandView::state).containsOnly(CommandState.DONE);
		assertThat(commands).extracting(CommandView::returnCode).containsExactlyInAnyOrder(0, -1);
		assertThat(SystemActor.runAs(company.id(), () -> registry.device(hr, id)).firmware()).isEqualTo("Ver 6.60 Apr 28 2017");
	}

	@Test
	void theDeviceOffsetIsStoredWithEachPunch() throws Exception {
		var company = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		approve(company, device.serial, "+05:30");
		device.attlog("1", "1001\t2026-01-10 09:00:00\t0\t1");
		var row = jdbc.sql("select local_time, utc_offset, punched_at from attendance_punch where tenant_id = :t")
			.param("t", company.id())
			.query((rs, n) -> List.of(rs.getObject(1, LocalDateTime.class).toString(), rs.getString(2),
					rs.getObject(3, java.time.OffsetDateTime.class).toInstant().toString()))
			.single();
		assertThat(row).containsExactly("2026-01-10T09:00", "+05:30", "2026-01-10T03:30:00Z");
	}

	@Test
	void aDeviceOfOneCompanyNeverWritesIntoAnotherAndTheOtherCompanysHrCannotSeeIt() throws Exception {
		var a = fixtures.company();
		var b = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		UUID id = approve(a, device.serial, "+08:00").id();
		device.attlog("1", "1001\t" + yesterday("08:30:00") + "\t0\t1");
		assertThat(count("attendance_punch", a.id())).isEqualTo(1);
		assertThat(count("attendance_punch", b.id())).isZero();

		String tokenOfB = fixtures.token(b.hr(), TokenScope.READ, TokenScope.WRITE);
		mvc.perform(get("/api/v1/attendance/devices/" + id).with(Api.bearer(tokenOfB))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/attendance/devices/" + id + "/commands").with(Api.bearer(tokenOfB))
			.contentType("application/json").content("{\"kind\":\"USER\",\"pin\":\"1\",\"name\":\"x\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/attendance/devices").with(Api.bearer(tokenOfB)).contentType("application/json")
			.content("{\"serialNumber\":\"" + device.serial + "\",\"utcOffset\":\"+08:00\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/attendance/devices").with(Api.bearer(tokenOfB)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(device.serial));
		assertThat(count("attendance_command", b.id())).isZero();
	}

	@Test
	void aMissingSerialIsABadRequestAndAnOversizedBodyIsRefusedWithoutStoringAnything() throws Exception {
		var company = fixtures.company();
		mvc.perform(get("/iclock/cdata").queryParam("options", "all")).andExpect(status().isBadRequest());
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		approve(company, device.serial, "+08:00");
		byte[] huge = new byte[2 * 1024 * 1024 + 10];
		java.util.Arrays.fill(huge, (byte) '1');
		var reply = device.upload("ATTLOG", "1", huge);
		assertThat(reply.status()).isEqualTo(413);
		assertThat(count("attendance_punch", company.id())).isZero();
		assertThat(SystemActor.runAs(company.id(), () -> registry.devices(company.hr().principal())).get(0).lastError())
			.contains("larger than");
		assertThat(device.upload("WHATEVER", "1", "x\n".getBytes(StandardCharsets.UTF_8)).body()).isEqualTo("OK\n");
	}

}
