package io.lodestar.attendance;

import static io.lodestar.test.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Attendance rules against the whole application: PINs matched by employee number or mapped by HR, the unmapped
 * list, a public holiday and a make-up Saturday from the official 2026 list, a night shift, a +05:30 device, and
 * who may read whose month.
 */
@IntegrationTest
class AttendanceRulesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DeviceRegistry devices;

	@Autowired
	ShiftSchedules shifts;

	@Autowired
	ResultWorker worker;

	@Autowired
	JdbcClient jdbc;

	private DeviceSimulator device(Fixtures.Company company, String offset) {
		DeviceSimulator device = new DeviceSimulator(mvc, "RUL" + UUID.randomUUID().toString().substring(0, 8));
		SystemActor.runAs(company.id(), () -> devices.approve(company.hr().principal(), device.serial, "Gate", offset));
		return device;
	}

	private static String punch(String pin, String localTime) {
		return pin + "\t" + localTime + "\t0\t1\t0\t0\t0";
	}

	private String result(Fixtures.Company company, UUID employee, String day) {
		return jdbc.sql("select status || ':' || late_minutes || ':' || early_minutes || ':' || overtime_minutes "
				+ "from attendance_day_result where tenant_id = :t and employee_id = :e and work_day = :d")
			.param("t", company.id()).param("e", employee).param("d", LocalDate.parse(day))
			.query(String.class).optional().orElse("none");
	}

	@Test
	void unmappedPinsAreListedWithTheDevicesNameAndMappingOneGivesItsPunchesToTheEmployee() throws Exception {
		Fixtures.Company company = fixtures.company();
		AttendanceKpiEndToEndIntegrationTests.dayShiftForEveryone(shifts, company);
		DeviceSimulator device = device(company, "+08:00");
		device.operlog(StandardCharsets.UTF_8, "USER PIN=7788\tName=张伟\tPri=0");
		device.attlog("1", punch("7788", "2026-03-03 08:57:00"), punch("7788", "2026-03-03 18:03:00"),
				punch("E-1", "2026-03-03 09:20:00"), punch("E-1", "2026-03-03 18:00:00"));
		worker.workOffQueue();
		assertThat(result(company, company.employee().employeeId(), "2026-03-03")).isEqualTo("PRESENT:20:0:0");

		mvc.perform(get("/api/v1/attendance/pins/unmapped").with(as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].pin").value("7788"))
			.andExpect(jsonPath("$[0].deviceUserName").value("张伟"))
			.andExpect(jsonPath("$[0].punchCount").value(2));
		assertThat(mvc.perform(get("/admin/attendance/pins").with(as(company.hr()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("7788", "张伟");

		mvc.perform(put("/api/v1/attendance/pins/7788").with(as(company.hr())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"employeeNo\":\"NOBODY\"}"))
			.andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("employeeNo"));
		mvc.perform(put("/api/v1/attendance/pins/7788").with(as(company.hr())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"employeeNo\":\"E-2\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeId").value(company.colleague().employeeId().toString()));
		worker.workOffQueue();
		assertThat(result(company, company.colleague().employeeId(), "2026-03-03")).isEqualTo("PRESENT:0:0:0");
		mvc.perform(get("/api/v1/attendance/pins/unmapped").with(as(company.hr())))
			.andExpect(jsonPath("$.length()").value(0));
		// an employee cannot see or change PIN mappings
		mvc.perform(get("/api/v1/attendance/pins/unmapped").with(as(company.employee()))).andExpect(status().isForbidden());
	}

	@Test
	void leadingZerosAreIgnoredWhenTheCompanyChoosesSo() throws Exception {
		Fixtures.Company company = fixtures.company();
		AttendanceKpiEndToEndIntegrationTests.dayShiftForEveryone(shifts, company);
		device(company, "+08:00").attlog("1", punch("00E-1", "2026-03-04 08:50:00"), punch("00E-1", "2026-03-04 18:00:00"));
		worker.workOffQueue();
		assertThat(result(company, company.employee().employeeId(), "2026-03-04")).isEqualTo("none");

		mvc.perform(put("/api/v1/attendance/settings").with(as(company.hr())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"pinMatch\":\"IGNORE_ZEROS\"}"))
			.andExpect(status().isOk());
		worker.workOffQueue();
		assertThat(result(company, company.employee().employeeId(), "2026-03-04")).isEqualTo("PRESENT:0:0:0");
	}

	@Test
	void theOfficialHolidaysMakeNationalDayOvertimeAndAMakeUpSaturdayAWorkingDay() throws Exception {
		Fixtures.Company company = fixtures.company();
		AttendanceKpiEndToEndIntegrationTests.dayShiftForEveryone(shifts, company);
		mvc.perform(post("/api/v1/attendance/calendar/official/2026").with(as(company.hr())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(39));
		mvc.perform(post("/api/v1/attendance/calendar/official/2026").with(as(company.hr())).with(csrf()))
			.andExpect(status().isOk());
		device(company, "+08:00").attlog("1", punch("E-1", "2026-10-01 10:00:00"), punch("E-1", "2026-10-01 15:00:00"),
				punch("E-1", "2026-10-09 08:59:00"), punch("E-1", "2026-10-09 18:00:00"));
		worker.workOffQueue();
		mvc.perform(post("/api/v1/attendance/recompute").with(as(company.hr())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"2026-10\"}"))
			.andExpect(status().isOk());
		UUID emma = company.employee().employeeId();
		assertThat(result(company, emma, "2026-10-01")).as("National Day: 5 h less the 1 h break")
			.isEqualTo("HOLIDAY:0:0:240");
		assertThat(result(company, emma, "2026-10-03")).as("a Saturday inside the holiday").startsWith("HOLIDAY:");
		assertThat(result(company, emma, "2026-10-10")).as("make-up Saturday, nobody came").isEqualTo("ABSENT:0:0:0");
		assertThat(result(company, emma, "2026-10-11")).isEqualTo("REST:0:0:0");
		assertThat(result(company, emma, "2026-10-09")).isEqualTo("PRESENT:0:0:0");
	}

	@Test
	void aNightShiftAcrossMidnightIsTheStartDaysAndAPlusFiveThirtyDeviceIsJudgedInItsOwnTime() throws Exception {
		Fixtures.Company company = fixtures.company();
		AttendanceKpiEndToEndIntegrationTests.dayShiftForEveryone(shifts, company);
		CurrentUser hr = company.hr().principal();
		SystemActor.runAs(company.id(), () -> {
			Shift night = shifts.createShift(hr, new ShiftRequest("Night", LocalTime.of(22, 0), LocalTime.of(6, 0), 5, 5,
					30, 30, 120, 240));
			shifts.assign(hr, new ScheduleRequest(night.id(), null, "E-2", "1111111", LocalDate.of(2026, 3, 1)));
		});
		device(company, "+08:00").attlog("1", punch("E-2", "2026-03-05 21:58:00"), punch("E-2", "2026-03-06 06:04:00"));
		// a Bangalore branch: 09:03 there is on time whatever the company's own zone
		device(company, "+05:30").attlog("1", punch("E-1", "2026-03-05 09:03:00"), punch("E-1", "2026-03-05 17:30:00"));
		worker.workOffQueue();
		assertThat(result(company, company.colleague().employeeId(), "2026-03-05")).isEqualTo("PRESENT:0:0:0");
		// the 06:04 punch is Thursday night's: Friday's night shift has none
		assertThat(result(company, company.colleague().employeeId(), "2026-03-06")).isEqualTo("ABSENT:0:0:0");
		assertThat(result(company, company.employee().employeeId(), "2026-03-05")).isEqualTo("PRESENT:0:30:0");
	}

	@Test
	void theDailyJobComputesYesterdayForEveryoneWithAScheduleEvenWithoutAnyPunch() {
		Fixtures.Company company = fixtures.company();
		AttendanceKpiEndToEndIntegrationTests.dayShiftForEveryone(shifts, company);
		worker.daily(company.id());
		LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
		String expected = yesterday.getDayOfWeek().getValue() >= 6 ? "REST:0:0:0" : "ABSENT:0:0:0";
		assertThat(result(company, company.employee().employeeId(), yesterday.toString())).isIn(expected, "HOLIDAY:0:0:0");
		assertThat(result(company, company.colleague().employeeId(), yesterday.toString())).isIn(expected, "HOLIDAY:0:0:0");
	}

	@Test
	void daysBeforeTheHireDateAreNotCountedAsAbsences() {
		Fixtures.Company company = fixtures.company();
		AttendanceKpiEndToEndIntegrationTests.dayShiftForEveryone(shifts, company);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		jdbc.sql("update people_employee set hire_date = :today where tenant_id = :t and id = :e")
			.param("today", today).param("t", company.id()).param("e", company.colleague().employeeId())
			.update();
		worker.daily(company.id());
		String yesterday = today.minusDays(1).toString();
		assertThat(result(company, company.colleague().employeeId(), yesterday)).isEqualTo("none");
		assertThat(result(company, company.employee().employeeId(), yesterday)).isNotEqualTo("none");
	}

	@Test
	void anEmployeeReadsOnlyTheirOwnMonthAManagerTheirPeopleAndAnotherCompanyNothing() throws Exception {
		Fixtures.Company company = fixtures.company();
		Fixtures.Company other = fixtures.company();
		UUID emma = company.employee().employeeId();
		UUID carl = company.colleague().employeeId();
		String month = "?month=2026-03";
		mvc.perform(get("/api/v1/attendance/people/" + emma + month).with(as(company.employee())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Emma Employee"));
		mvc.perform(get("/api/v1/attendance/people/" + carl + month).with(as(company.employee())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/attendance/people/" + carl).with(as(company.employee()))).andExpect(status().isForbidden());
		mvc.perform(get("/attendance/charts/people/" + carl).param("month", "2026-03").with(as(company.employee())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/attendance/people/" + carl + month).with(as(company.manager())))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/attendance/people/" + company.hr().employeeId() + month).with(as(company.manager())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/attendance/units/" + company.rootUnit() + month).with(as(company.manager())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/attendance/team" + month).with(as(company.manager())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/attendance/units/" + company.rootUnit() + month).with(as(company.hr())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.subUnits.length()").value(1));
		mvc.perform(get("/api/v1/attendance/people/" + emma + month).with(as(other.hr())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/attendance/units/" + company.rootUnit() + month).with(as(other.hr())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/attendance/units/" + company.salesUnit()).with(as(other.hr()))).andExpect(status().isNotFound());
	}

	@Test
	void thePagesOpenForTheirReadersAndTheSetUpPagesOnlyForHr() throws Exception {
		Fixtures.Company company = fixtures.company();
		AttendanceKpiEndToEndIntegrationTests.dayShiftForEveryone(shifts, company);
		for (String page : new String[] { "/admin/attendance/pins", "/admin/attendance/shifts",
				"/admin/attendance/calendar?year=2026", "/admin/attendance/kpis", "/attendance",
				"/attendance/units/" + company.rootUnit() + "?month=2026-03" }) {
			mvc.perform(get(page).with(as(company.hr()))).andExpect(status().isOk());
		}
		mvc.perform(get("/attendance/charts/units/" + company.rootUnit()).param("month", "2026-03").with(as(company.hr())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.series[0].type").value("bar"));
		// the year is a year, not a number with a thousands separator
		assertThat(mvc.perform(get("/admin/attendance/calendar?year=2026").header("Accept-Language", "zh-CN")
			.with(as(company.hr()))).andReturn().getResponse().getContentAsString()).contains("2026 年全国法定节假日安排")
			.doesNotContain("2,026");
		mvc.perform(get("/attendance").with(as(company.employee()))).andExpect(status().isOk());
		assertThat(mvc.perform(get("/attendance").with(as(company.manager()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("Emma Employee", "Carl Colleague");
		mvc.perform(get("/attendance/people/" + company.employee().employeeId()).param("month", "2026-03")
			.header("Accept-Language", "zh-CN").with(as(company.employee()))).andExpect(status().isOk());
		mvc.perform(get("/admin/attendance/shifts").with(as(company.employee()))).andExpect(status().isForbidden());
		// a refused shift re-renders the form with the reason and creates nothing
		String page = mvc.perform(post("/admin/attendance/shifts").with(as(company.hr())).with(csrf())
				.param("name", "Too long").param("start", "08:00").param("end", "20:00")
				.param("windowBeforeMinutes", "400").param("windowAfterMinutes", "400"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("must not exceed 24 hours");
		assertThat(jdbc.sql("select count(*) from attendance_shift where tenant_id = :t and name = 'Too long'")
			.param("t", company.id()).query(Long.class).single()).isZero();
	}

}
