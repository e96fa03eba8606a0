package io.lodestar.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** POST /api/v1/attendance/punches: exactly once, all or nothing or partial, HR only, one company's data only. */
@IntegrationTest
class PunchPushIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private static final String DAY = LocalDate.now().minusDays(1).toString();

	private ResultActions push(String token, String body) throws Exception {
		return mvc.perform(post("/api/v1/attendance/punches").with(Api.bearer(token)).contentType("application/json")
			.content(body));
	}

	private long punches(UUID tenant) {
		return jdbc.sql("select count(*) from attendance_punch where tenant_id = :t").param("t", tenant)
			.query(Long.class).single();
	}

	private static String item(String pin, String time, String zoneField) {
		return "{\"pin\":\"" + pin + "\",\"localTime\":\"" + DAY + "T" + time + "\"" + zoneField
				+ ",\"status\":0,\"verify\":15,\"sourceRef\":\"gate-7/" + pin + "\"}";
	}

	@Test
	void aBatchIsStoredOnceAndSendingItAgainChangesNothingButReportsDuplicates() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		String body = "{\"items\":[" + item("1001", "08:57:12", ",\"utcOffset\":\"+05:30\"") + ","
				+ item("1002", "09:01:00", ",\"timeZone\":\"Europe/Berlin\"") + "," + item("1003", "09:02:00", "") + ","
				+ item("1001", "08:57:12", ",\"utcOffset\":\"+05:30\"") + "]}";
		push(token, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(4))
			.andExpect(jsonPath("$.stored").value(3))
			.andExpect(jsonPath("$.duplicates").value(1));
		push(token, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(0))
			.andExpect(jsonPath("$.duplicates").value(4));
		assertThat(punches(company.id())).isEqualTo(3);
		var row = jdbc.sql("select utc_offset, source_ref, verify_code from attendance_punch where tenant_id = :t "
				+ "and pin = '1001'").param("t", company.id())
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3)).single();
		assertThat(row).isEqualTo("+05:30|gate-7/1001|15");
		// no offset and no zone: the company's time zone (Asia/Shanghai)
		assertThat(jdbc.sql("select utc_offset from attendance_punch where tenant_id = :t and pin = '1003'")
			.param("t", company.id()).query(String.class).single()).isEqualTo("+08:00");
		// the API source is not a device: it is not listed with the time clocks
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/attendance/devices")
			.with(Api.bearer(token))).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void oneBadItemRefusesTheWholeBatchNamingItsIndexAndFieldUnlessPartialIsAsked() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		String items = item("1001", "08:00:00", "") + "," + item("bad pin!", "08:00:00", "") + ","
				+ "{\"pin\":\"1003\",\"localTime\":\"" + LocalDate.now().plusDays(3) + "T08:00:00\"},"
				+ item("1004", "08:00:00", ",\"utcOffset\":\"+8\"");
		push(token, "{\"items\":[" + items + "]}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/items-rejected"))
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("pin"))
			.andExpect(jsonPath("$.errors[1].index").value(2))
			.andExpect(jsonPath("$.errors[1].field").value("localTime"))
			.andExpect(jsonPath("$.errors[1].code").value("attendance.push.time.future"))
			.andExpect(jsonPath("$.errors[2].index").value(3))
			.andExpect(jsonPath("$.errors[2].field").value("utcOffset"));
		assertThat(punches(company.id())).isZero();

		push(token, "{\"partial\":true,\"items\":[" + items + "]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(1))
			.andExpect(jsonPath("$.refused.length()").value(3))
			.andExpect(jsonPath("$.refused[0].index").value(1))
			.andExpect(jsonPath("$.refused[0].message").value("A PIN is 1 to 24 letters, digits, - or _."));
		assertThat(punches(company.id())).isEqualTo(1);
	}

	@Test
	void onlyHrMayPushAnAttendanceTokenMayPushButNothingElseAndCompaniesStayApart() throws Exception {
		var a = fixtures.company();
		var b = fixtures.company();
		String body = "{\"items\":[" + item("1001", "08:00:00", "") + "]}";
		push(fixtures.token(a.employee(), TokenScope.WRITE), body).andExpect(status().isForbidden());
		push(fixtures.token(a.hr(), TokenScope.READ), body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		// no credentials at all: refused before anything is read (CSRF, as no Authorization header came)
		mvc.perform(post("/api/v1/attendance/punches").contentType("application/json").content(body))
			.andExpect(status().is4xxClientError());
		assertThat(punches(a.id())).isZero();

		String attendanceOnly = fixtures.token(a.hr(), TokenScope.ATTENDANCE_WRITE);
		push(attendanceOnly, body).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
		mvc.perform(post("/api/v1/attendance/devices").with(Api.bearer(attendanceOnly)).contentType("application/json")
			.content("{\"serialNumber\":\"ABC123\",\"utcOffset\":\"+08:00\"}")).andExpect(status().isForbidden());

		// the same PIN and time in another company is another company's punch; neither sees the other's
		push(fixtures.token(b.hr(), TokenScope.WRITE), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(1)).andExpect(jsonPath("$.duplicates").value(0));
		assertThat(punches(a.id())).isEqualTo(1);
		assertThat(punches(b.id())).isEqualTo(1);
	}

}
