package io.lodestar.attendance;

import static io.lodestar.test.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.NewKpi;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * A time clock pushes a month of punches for Emma → her day results → her punctuality KPI, bound to attendance,
 * gets the month's rate through the KPI module (source ATTENDANCE, once, corrected when a punch arrives late) →
 * her dashboard shows the completion.
 */
@IntegrationTest
class AttendanceKpiEndToEndIntegrationTests {

	/** March 2026: no holidays, 22 working days, long past. */
	static final YearMonth MARCH = YearMonth.of(2026, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DeviceRegistry devices;

	@Autowired
	ShiftSchedules shifts;

	@Autowired
	AttendanceKpiFeed feed;

	@Autowired
	ResultWorker worker;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	static KpiConfig punctuality() {
		return new KpiConfig("%", Direction.INCREASE, ScoringMethod.RATIO, Aggregation.AVERAGE, PeriodKind.MONTH, null,
				new BigDecimal("95"), null, null, null, true, null, List.of(), new BigDecimal("1.2"), BigDecimal.ZERO,
				new BigDecimal("100"), false, null);
	}

	/** A day shift 09:00–18:00 for the whole company, Monday to Friday, from before March. */
	static void dayShiftForEveryone(ShiftSchedules shifts, Fixtures.Company company) {
		CurrentUser hr = company.hr().principal();
		SystemActor.runAs(company.id(), () -> {
			Shift shift = shifts.createShift(hr, new ShiftRequest("Office", LocalTime.of(9, 0), LocalTime.of(18, 0), 5, 5,
					60, 30, 120, 240));
			shifts.assign(hr, new ScheduleRequest(shift.id(), company.rootUnit(), null, "1111100", LocalDate.of(2026, 1, 1)));
		});
	}

	@Test
	void aMonthOfPunchesFromATimeClockBecomesThePunctualityKpiOnTheEmployeesDashboard() throws Exception {
		Fixtures.Company company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		dayShiftForEveryone(shifts, company);
		Period year = SystemActor.runAs(company.id(), () -> calendar.year(company.id(), 2026).get(0));
		UUID kpi = SystemActor.runAs(company.id(), () -> kpis.create(hr, new NewKpi("Punctuality ≥ 95%", null,
				OwnerType.EMPLOYEE, company.employee().employeeId(), year.id(), null, null, punctuality())).goal().id());
		SystemActor.runAs(company.id(), () -> feed.bind(hr, kpi, AttendanceMeasure.PUNCTUALITY_RATE));

		DeviceSimulator device = new DeviceSimulator(mvc, "E2E" + UUID.randomUUID().toString().substring(0, 8));
		SystemActor.runAs(company.id(), () -> devices.approve(hr, device.serial, "Front door", "+08:00"));
		List<String> lines = new ArrayList<>();
		LocalDate missingOut = null;
		LocalDate absent = null;
		int workingDay = 0;
		for (LocalDate day = MARCH.atDay(1); !day.isAfter(MARCH.atEndOfMonth()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			workingDay++;
			switch (workingDay) {
				case 3 -> lines.add(punch(day, "09:12:00")); // late
				case 8 -> lines.add(punch(day, "09:30:00")); // late
				case 12 -> {
					absent = day;
					continue;
				}
				case 15 -> {
					lines.add(punch(day, "08:51:00")); // forgot to punch out
					missingOut = day;
					continue;
				}
				default -> lines.add(punch(day, "08:5" + (workingDay % 10) + ":00"));
			}
			lines.add(punch(day, "18:0" + (workingDay % 10) + ":00"));
		}
		assertThat(device.attlog("1", lines.toArray(String[]::new)).body()).isEqualTo("OK:" + lines.size() + "\n");
		worker.workOffQueue();

		// the punches' days and the days before them (night shifts): every working day, the absence included
		assertThat(results(company, "working_day")).isEqualTo(22);
		// 22 working days: 2 late, 1 absent, 1 missing punch → 18 on time = 81.82 %
		assertThat(measurements(company, kpi)).containsExactly("81.82@2026-03-31:null");

		// the same upload again and another pass change nothing
		device.attlog("1", lines.toArray(String[]::new));
		worker.workOffQueue();
		SystemActor.runAs(company.id(), () -> worker.recomputeMonth(hr, MARCH));
		assertThat(measurements(company, kpi)).hasSize(1);
		assertThat(results(company, "1 = 1")).as("the month's recompute adds the rest days").isEqualTo(31);

		// the forgotten punch-out arrives: the month's value is corrected, with a reason
		device.attlog("2", punch(missingOut, "18:02:00"));
		worker.workOffQueue();
		assertThat(measurements(company, kpi)).containsExactly("81.82@2026-03-31:null",
				"86.36@2026-03-31:" + AttendanceKpiFeed.CORRECTION_REASON);

		// March locked: a later change of the month's value is not recorded (and results are still computed)
		SystemActor.runAs(company.id(), () -> {
			Period march = calendar.year(company.id(), 2026).stream()
				.filter(period -> period.kind() == PeriodKind.MONTH && period.contains(MARCH.atDay(15)))
				.findFirst().orElseThrow();
			calendar.lock(hr, march.id(), true, "March closed");
		});
		device.attlog("3", punch(absent, "08:55:00"), punch(absent, "18:00:00"));
		worker.workOffQueue();
		assertThat(results(company, "status = 'ABSENT'")).isZero();
		assertThat(measurements(company, kpi)).hasSize(2);

		String page = mvc.perform(get("/dashboard/people/{id}", company.employee().employeeId())
				.param("year", "2026").param("period", "M3").with(as(company.employee())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// 86.36 / 95 = 90.9 %
		assertThat(page).contains("Punctuality ≥ 95%").contains("90.9%");
	}

	@Test
	void punchesPushedOverTheRestApiAreComputedLikeTheTimeClocks() throws Exception {
		Fixtures.Company company = fixtures.company();
		dayShiftForEveryone(shifts, company);
		String token = fixtures.token(company.hr(), io.lodestar.platform.security.TokenScope.WRITE);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/attendance/punches")
			.with(io.lodestar.test.Api.bearer(token))
			.contentType("application/json")
			.content("""
					{"items": [{"pin": "E-1", "localTime": "2026-03-02T09:20:00", "timeZone": "Asia/Shanghai"},
					           {"pin": "E-1", "localTime": "2026-03-02T18:05:00", "timeZone": "Asia/Shanghai"}]}
					"""))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		worker.workOffQueue();
		assertThat(results(company, "work_day = date '2026-03-02' and status = 'PRESENT' and late_minutes = 20")).isEqualTo(1);
	}

	static String punch(LocalDate day, String time) {
		return "E-1\t" + day + " " + time + "\t0\t1\t0\t0\t0";
	}

	private long results(Fixtures.Company company, String condition) {
		return jdbc.sql("select count(*) from attendance_day_result where tenant_id = :t and employee_id = :e and "
				+ "work_day between :from and :to and " + condition)
			.param("t", company.id()).param("e", company.employee().employeeId())
			.param("from", MARCH.atDay(1)).param("to", MARCH.atEndOfMonth())
			.query(Long.class).single();
	}

	private List<String> measurements(Fixtures.Company company, UUID kpi) {
		return jdbc.sql("select measured_value, measured_on, reason from kpi_measurement where tenant_id = :t "
				+ "and kpi_id = :k and source = 'ATTENDANCE' order by recorded_at")
			.param("t", company.id())
			.param("k", kpi)
			.query((rs, row) -> rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + "@" + rs.getDate(2) + ":"
					+ rs.getString(3))
			.list();
	}

}
