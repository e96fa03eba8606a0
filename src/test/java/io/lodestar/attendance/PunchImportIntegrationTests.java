package io.lodestar.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Punch files: device logs and Chinese punch lists, checked whole, stored once, in the uploader's time zone. */
@IntegrationTest
class PunchImportIntegrationTests {

	static final Charset GBK = Charset.forName("GBK");

	static final String DAY = LocalDate.now().minusDays(2).toString();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeviceRegistry registry;

	private ResultActions upload(String token, String name, byte[] bytes, String... parameters) throws Exception {
		var request = multipart("/api/v1/attendance/imports").file(new MockMultipartFile("file", name, null, bytes))
			.with(Api.bearer(token));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request);
	}

	private long punches(UUID tenant) {
		return jdbc.sql("select count(*) from attendance_punch where tenant_id = :t").param("t", tenant)
			.query(Long.class).single();
	}

	/** A TFT device's USB log: right-aligned PINs, CRLF, 4 to 10 fields, a blank line at the end. */
	static byte[] attlog() {
		return ("        1\t" + DAY + " 08:01:02\t0\t1\t0\t0\r\n" + "     1002\t" + DAY + " 08:15:00\t1\t15\t0\t0\t0\t0\t0\t0\r\n"
				+ "1003\t" + DAY + " 17:30:00\t255\t1\r\n" + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aDeviceLogIsImportedInTheChosenZoneAndImportingItAgainChangesNothing() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		upload(token, "1_attlog.dat", attlog(), "zone", "+05:30").andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("ATTLOG"))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.stored").value(3))
			.andExpect(jsonPath("$.duplicates").value(0));
		upload(token, "1_attlog.dat", attlog(), "zone", "+05:30").andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(0))
			.andExpect(jsonPath("$.duplicates").value(3));
		assertThat(punches(company.id())).isEqualTo(3);
		assertThat(jdbc.sql("select pin || '|' || utc_offset || '|' || verify_code from attendance_punch "
				+ "where tenant_id = :t and pin = '1002'").param("t", company.id()).query(String.class).single())
			.isEqualTo("1002|+05:30|15");
	}

	@Test
	void aGbkPunchListWithChineseHeadersAndExtraColumnsIsImportedInTheCompanysZone() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		String csv = "部门,姓名,考勤号码,日期时间,机器号,签到,签退\r\n" + "生产部,张三,1001," + DAY + " 08:01:02,1,是,\r\n"
				+ "生产部,张三,1001," + DAY.replace('-', '/') + " 17:31,1,,是\r\n" + "质检部,李四,1002," + DAY + " 08:03:00,2,是,\r\n";
		upload(token, "考勤记录.csv", csv.getBytes(GBK)).andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("TABLE"))
			.andExpect(jsonPath("$.stored").value(3))
			.andExpect(jsonPath("$.zone").value("Asia/Shanghai"));
		assertThat(jdbc.sql("select count(*) from attendance_punch where tenant_id = :t and utc_offset = '+08:00' "
				+ "and raw_line like '%张三%'").param("t", company.id()).query(Long.class).single()).isEqualTo(2);
		String english = "Department,Name,AC-No.,Date Time\n" + "Sales,Ann,1002," + DAY + " 08:03:00\n";
		upload(token, "punches.csv", english.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(0)).andExpect(jsonPath("$.duplicates").value(1));
	}

	@Test
	void anXlsxPunchListKeepsTheTimeOfItsDateTimeCells() throws Exception {
		var company = fixtures.company();
		byte[] workbook;
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			var sheet = book.createSheet("考勤记录");
			var style = book.createCellStyle();
			style.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			var header = sheet.createRow(0);
			String[] headers = { "部门", "姓名", "考勤号码", "日期时间", "机器号" };
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("生产部");
			row.createCell(1).setCellValue("张三");
			row.createCell(2).setCellValue("1001");
			var time = row.createCell(3);
			time.setCellValue(LocalDate.parse(DAY).atTime(8, 57, 12));
			time.setCellStyle(style);
			row.createCell(4).setCellValue(1);
			var out = new java.io.ByteArrayOutputStream();
			book.write(out);
			workbook = out.toByteArray();
		}
		upload(fixtures.token(company.hr(), TokenScope.WRITE), "考勤记录.xlsx", workbook).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(1));
		assertThat(jdbc.sql("select local_time from attendance_punch where tenant_id = :t").param("t", company.id())
			.query(java.time.LocalDateTime.class).single()).isEqualTo(LocalDate.parse(DAY).atTime(8, 57, 12));
	}

	@Test
	void aFileWithBadRowsIsRefusedWholeWithEveryProblemsRowAndColumnAndNothingIsStored() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		String csv = "考勤号码,日期时间\n1001," + DAY + " 08:00:00\n,"
				+ DAY + " 08:00:00\n1003,yesterday\n1004,2000-01-01 00:00:00\n1005," + DAY + " 09:00\n";
		upload(token, "list.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errorCount").value(3))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("考勤号码"))
			.andExpect(jsonPath("$.errors[0].code").value("attendance.import.error.pin-required"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("日期时间"))
			.andExpect(jsonPath("$.errors[1].value").value("yesterday"))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].code").value("attendance.import.error.too-old"));
		byte[] log = ("1001\t" + DAY + " 08:00:00\t0\t1\n1002\tnot a time\t0\t1\n1003\t" + DAY + " 09:00:00\tx\t1\n")
			.getBytes(StandardCharsets.UTF_8);
		upload(token, "1_attlog.dat", log).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("Date and time"))
			.andExpect(jsonPath("$.errors[1].row").value(3))
			.andExpect(jsonPath("$.errors[1].column").value("State"));
		upload(token, "list.csv", "考勤号码,姓名\n1001,张三\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("The required column \"Date and time\" is missing."));
		assertThat(punches(company.id())).isZero();
		upload(token, "list.csv", csv.getBytes(StandardCharsets.UTF_8), "zone", "Mars/Olympus")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aFileFromAKnownDeviceMergesWithWhatThatDevicePushed() throws Exception {
		var company = fixtures.company();
		String serial = "IMP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		UUID device = SystemActor.runAs(company.id(),
				() -> registry.approve(company.hr().principal(), serial, "Gate", "+08:00")).id();
		new DeviceSimulator(mvc, serial).attlog("1", "1003\t" + DAY + " 17:30:00\t255\t1");
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		upload(token, "1_attlog.dat", attlog(), "deviceId", device.toString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(2))
			.andExpect(jsonPath("$.duplicates").value(1));
		assertThat(punches(company.id())).isEqualTo(3);

		var other = fixtures.company();
		upload(fixtures.token(other.hr(), TokenScope.WRITE), "1_attlog.dat", attlog(), "deviceId", device.toString())
			.andExpect(status().isNotFound());
		assertThat(punches(other.id())).isZero();
	}

	@Test
	void hrChecksAndImportsOnThePageInTheirLanguageAndEmployeesAreRefused() throws Exception {
		var company = fixtures.company();
		String bad = "考勤号码,日期时间\n1001,明天\n";
		mvc.perform(multipart("/admin/attendance/imports")
			.file(new MockMultipartFile("file", "list.csv", null, bad.getBytes(GBK)))
			.with(Fixtures.as(company.hr())).with(csrf()).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入任何记录")))
			.andExpect(content().string(containsString("日期时间格式不正确")));
		mvc.perform(multipart("/admin/attendance/imports").file(new MockMultipartFile("file", "1_attlog.dat", null, attlog()))
			.param("checkOnly", "true").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 new punches to import, 0 already stored")));
		assertThat(punches(company.id())).isZero();
		mvc.perform(multipart("/admin/attendance/imports").file(new MockMultipartFile("file", "1_attlog.dat", null, attlog()))
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 new punches")));
		assertThat(punches(company.id())).isEqualTo(3);
		mvc.perform(multipart("/admin/attendance/imports").file(new MockMultipartFile("file", "1_attlog.dat", null, attlog()))
			.param("checkOnly", "true").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(content().string(containsString("0 new punches to import, 3 already stored")));
		mvc.perform(get("/admin/attendance/imports").with(Fixtures.as(company.employee())))
			.andExpect(status().isForbidden());
		upload(fixtures.token(company.employee(), TokenScope.WRITE), "1_attlog.dat", attlog())
			.andExpect(status().isForbidden());
	}

}
