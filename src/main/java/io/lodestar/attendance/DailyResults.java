package io.lodestar.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;

/**
 * Computes and stores one employee's results for some days from their punches (read by tenant, PIN and time,
 * whatever source stored them), their schedule and the company calendar. A day is computed once its punch
 * window has closed; a day without a schedule has no result.
 */
@Component
class DailyResults {

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final PinMappings pins;

	private final ShiftSchedules schedules;

	private final WorkCalendar calendar;

	private final CompanyManagement companies;

	private final Clock clock;

	DailyResults(JdbcClient jdbc, PeopleDirectory people, PinMappings pins, ShiftSchedules schedules,
			WorkCalendar calendar, CompanyManagement companies, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.pins = pins;
		this.schedules = schedules;
		this.calendar = calendar;
		this.companies = companies;
		this.clock = clock;
	}

	/** @return the days whose stored result changed (or appeared, or went away) */
	@Transactional
	public List<LocalDate> recompute(UUID tenant, UUID employeeId, Collection<LocalDate> days) {
		Optional<EmployeeSummary> found = people.employee(tenant, employeeId);
		if (found.isEmpty() || days.isEmpty()) {
			return List.of();
		}
		EmployeeSummary employee = found.get();
		TreeSet<LocalDate> sorted = new TreeSet<>(days);
		LocalDateTime now = LocalDateTime.now(clock.withZone(companies.zoneOf(tenant)));
		ShiftSchedules.Applicable applicable = schedules.applicable(tenant, employee);
		Map<UUID, Shift> shifts = new HashMap<>();
		schedules.shifts(tenant).forEach(shift -> shifts.put(shift.id(), shift));
		Map<LocalDate, String> kinds = calendar.kinds(tenant, sorted.first(), sorted.last());
		List<LocalDateTime> punches = punches(tenant, employee, sorted.first().minusDays(1), sorted.last().plusDays(2));
		Map<LocalDate, DayResult> before = stored(tenant, employeeId, sorted.first(), sorted.last());
		List<LocalDate> changed = new java.util.ArrayList<>();
		for (LocalDate day : sorted) {
			Optional<ShiftSchedules.ScheduleRow> schedule = applicable.on(day);
			// a day before the hire date or after the last day is no working day of this person
			Shift shift = employee.employedOn(day) ? schedule.map(row -> shifts.get(row.shiftId())).orElse(null) : null;
			if (shift == null) {
				if (before.containsKey(day)) {
					delete(tenant, employeeId, day);
					changed.add(day);
				}
				continue;
			}
			if (shift.windowTo(day).isAfter(now)) {
				continue; // not over yet: the daily job computes it
			}
			DayResult result = DayRules.compute(day, DayRules.type(day, schedule.get().weekdays(), kinds.get(day)), shift,
					punches);
			if (!result.equals(before.get(day))) {
				delete(tenant, employeeId, day);
				insert(tenant, employeeId, result);
				changed.add(day);
			}
		}
		return changed;
	}

	private List<LocalDateTime> punches(UUID tenant, EmployeeSummary employee, LocalDate from, LocalDate to) {
		List<String> theirs = pins.pinsOf(tenant, employee);
		if (theirs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select local_time from attendance_punch where tenant_id = :tenant and pin in (:pins) "
				+ "and local_time >= :from and local_time < :to")
			.param("tenant", tenant)
			.param("pins", theirs)
			.param("from", from.atStartOfDay())
			.param("to", to.atStartOfDay())
			.query(LocalDateTime.class)
			.list();
	}

	Map<LocalDate, DayResult> stored(UUID tenant, UUID employeeId, LocalDate from, LocalDate to) {
		Map<LocalDate, DayResult> results = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " from attendance_day_result where tenant_id = :tenant and employee_id = :employee "
				+ "and work_day between :from and :to")
			.param("tenant", tenant)
			.param("employee", employeeId)
			.param("from", from)
			.param("to", to)
			.query(DailyResults::map)
			.list()
			.forEach(result -> results.put(result.day(), result));
		return results;
	}

	static final String COLUMNS = "work_day, status, shift_id, first_punch, last_punch, punch_count, late_minutes, "
			+ "early_minutes, overtime_minutes, worked_minutes";

	static DayResult map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new DayResult(rs.getObject(1, LocalDate.class), DayStatus.valueOf(rs.getString(2)),
				rs.getObject(3, UUID.class), rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class),
				rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
	}

	private void delete(UUID tenant, UUID employeeId, LocalDate day) {
		jdbc.sql("delete from attendance_day_result where tenant_id = :tenant and employee_id = :employee and work_day = :day")
			.param("tenant", tenant)
			.param("employee", employeeId)
			.param("day", day)
			.update();
	}

	private void insert(UUID tenant, UUID employeeId, DayResult result) {
		jdbc.sql("""
				insert into attendance_day_result (tenant_id, employee_id, work_day, status, working_day, shift_id, first_punch,
				    last_punch, punch_count, late_minutes, early_minutes, overtime_minutes, worked_minutes, computed_at)
				values (:tenant, :employee, :day, :status, :working, :shift, :first, :last, :count, :late, :early,
				    :overtime, :worked, :now)""")
			.param("tenant", tenant)
			.param("employee", employeeId)
			.param("day", result.day())
			.param("status", result.status().name())
			.param("working", result.status().working())
			.param("shift", result.shiftId())
			.param("first", result.firstPunch(), java.sql.Types.TIMESTAMP)
			.param("last", result.lastPunch(), java.sql.Types.TIMESTAMP)
			.param("count", result.punchCount())
			.param("late", result.lateMinutes())
			.param("early", result.earlyMinutes())
			.param("overtime", result.overtimeMinutes())
			.param("worked", result.workedMinutes())
			.param("now", UploadIngestion.utc(clock.instant()))
			.update();
	}

}
