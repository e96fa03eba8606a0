package io.lodestar.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Shifts and who works them. A schedule for an org unit holds for its sub-units and their people unless a
 * nearer unit or the employee has one of their own; of several schedules for one target the latest that is in
 * force on the day wins.
 */
@Service
@Transactional
public class ShiftSchedules {

	private static final String SHIFT_COLUMNS = "id, name, start_time, end_time, late_grace_minutes, "
			+ "early_grace_minutes, break_minutes, overtime_min_minutes, window_before_minutes, window_after_minutes";

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	ShiftSchedules(JdbcClient jdbc, PeopleDirectory people, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Shift> shifts(CurrentUser user) {
		return shifts(user.tenant());
	}

	List<Shift> shifts(UUID tenant) {
		return jdbc.sql("select " + SHIFT_COLUMNS + " from attendance_shift where tenant_id = :tenant order by name")
			.param("tenant", tenant)
			.query((rs, row) -> new Shift(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, java.time.LocalTime.class), rs.getObject(4, java.time.LocalTime.class), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
			.list();
	}

	public Shift createShift(CurrentUser user, ShiftRequest request) {
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw BusinessRuleException.invalid("attendance.shift.name.invalid", "name");
		}
		if (request.start() == null) {
			throw BusinessRuleException.invalid("attendance.shift.start.required", "start");
		}
		if (request.end() == null || request.end().equals(request.start())) {
			throw BusinessRuleException.invalid("attendance.shift.end.invalid", "end");
		}
		Shift shift = new Shift(UUID.randomUUID(), name, request.start().withSecond(0).withNano(0),
				request.end().withSecond(0).withNano(0), minutes(request.lateGraceMinutes(), "lateGraceMinutes", 0, 240),
				minutes(request.earlyGraceMinutes(), "earlyGraceMinutes", 0, 240),
				minutes(request.breakMinutes(), "breakMinutes", 0, 480),
				minutes(request.overtimeMinMinutes(), "overtimeMinMinutes", 30, 720),
				minutes(request.windowBeforeMinutes(), "windowBeforeMinutes", 120, 720),
				minutes(request.windowAfterMinutes(), "windowAfterMinutes", 240, 720));
		if (shift.breakMinutes() >= shift.lengthMinutes()) {
			throw BusinessRuleException.invalid("attendance.shift.break.too-long", "breakMinutes");
		}
		// windows of consecutive days must not overlap, or one punch would count for two days
		if (shift.windowBeforeMinutes() + shift.lengthMinutes() + shift.windowAfterMinutes() > 24 * 60) {
			throw BusinessRuleException.invalid("attendance.shift.window.too-long", "windowAfterMinutes");
		}
		boolean taken = jdbc.sql("select count(*) from attendance_shift where tenant_id = :tenant and name = :name")
			.param("tenant", user.tenant())
			.param("name", name)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw BusinessRuleException.conflict("attendance.shift.name.taken", "name");
		}
		jdbc.sql("insert into attendance_shift (" + SHIFT_COLUMNS + ", tenant_id, version) values (:id, :name, :start, "
				+ ":end, :late, :early, :break, :overtime, :before, :after, :tenant, 0)")
			.param("id", shift.id())
			.param("name", name)
			.param("start", shift.start())
			.param("end", shift.end())
			.param("late", shift.lateGraceMinutes())
			.param("early", shift.earlyGraceMinutes())
			.param("break", shift.breakMinutes())
			.param("overtime", shift.overtimeMinMinutes())
			.param("before", shift.windowBeforeMinutes())
			.param("after", shift.windowAfterMinutes())
			.param("tenant", user.tenant())
			.update();
		audit.record("CREATE", "attendance-shift", shift.id(), null, Map.of("name", name, "start",
				shift.start().toString(), "end", shift.end().toString()));
		return shift;
	}

	private static int minutes(Integer value, String field, int fallback, int max) {
		if (value == null) {
			return fallback;
		}
		if (value < 0 || value > max) {
			throw BusinessRuleException.invalid("attendance.shift.minutes.range", field, max);
		}
		return value;
	}

	@Transactional(readOnly = true)
	public List<ScheduleView> schedules(CurrentUser user) {
		UUID tenant = user.tenant();
		List<ScheduleRow> rows = jdbc.sql("select " + ScheduleRow.COLUMNS + " from attendance_schedule "
				+ "where tenant_id = :tenant order by effective_from desc")
			.param("tenant", tenant)
			.query(ScheduleRow::map)
			.list();
		Map<UUID, String> shiftNames = new java.util.HashMap<>();
		shifts(tenant).forEach(shift -> shiftNames.put(shift.id(), shift.name()));
		Map<UUID, String> units = people.unitNames(tenant,
				rows.stream().map(ScheduleRow::orgUnitId).filter(java.util.Objects::nonNull).toList());
		Map<UUID, String> employees = people.employeeNames(tenant,
				rows.stream().map(ScheduleRow::employeeId).filter(java.util.Objects::nonNull).toList());
		return rows.stream()
			.map(row -> new ScheduleView(row.id(), row.shiftId(), shiftNames.get(row.shiftId()), row.orgUnitId(),
					row.orgUnitId() == null ? null : units.get(row.orgUnitId()), row.employeeId(),
					row.employeeId() == null ? null : employees.get(row.employeeId()), row.weekdays(),
					row.effectiveFrom()))
			.toList();
	}

	public ScheduleView assign(CurrentUser user, ScheduleRequest request) {
		UUID tenant = user.tenant();
		Shift shift = request.shiftId() == null ? null : shifts(tenant).stream()
			.filter(candidate -> candidate.id().equals(request.shiftId())).findFirst().orElse(null);
		if (shift == null) {
			throw BusinessRuleException.invalid("attendance.schedule.shift.required", "shiftId");
		}
		boolean byEmployee = request.employeeNo() != null && !request.employeeNo().isBlank();
		if (byEmployee == (request.orgUnitId() != null)) {
			throw BusinessRuleException.invalid("attendance.schedule.target.required", "orgUnitId");
		}
		UUID employeeId = null;
		if (byEmployee) {
			employeeId = people.employeeByNumber(tenant, request.employeeNo())
				.map(EmployeeSummary::id)
				.orElseThrow(() -> BusinessRuleException.invalid("attendance.pins.employee.unknown", "employeeNo",
						request.employeeNo().strip()));
		}
		else if (people.unitNames(tenant, List.of(request.orgUnitId())).isEmpty()) {
			throw new NotFoundException("org-unit", request.orgUnitId());
		}
		String weekdays = request.weekdays() == null ? "" : request.weekdays().strip();
		if (!weekdays.matches("[01]{7}")) {
			throw BusinessRuleException.invalid("attendance.schedule.weekdays.invalid", "weekdays");
		}
		if (request.effectiveFrom() == null) {
			throw BusinessRuleException.invalid("attendance.schedule.from.required", "effectiveFrom");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into attendance_schedule (id, tenant_id, shift_id, org_unit_id, employee_id, weekdays, effective_from,
				    created_at) values (:id, :tenant, :shift, :unit, :employee, :weekdays, :from, :now)""")
			.param("id", id)
			.param("tenant", tenant)
			.param("shift", shift.id())
			.param("unit", byEmployee ? null : request.orgUnitId(), java.sql.Types.OTHER)
			.param("employee", employeeId, java.sql.Types.OTHER)
			.param("weekdays", weekdays)
			.param("from", request.effectiveFrom())
			.param("now", UploadIngestion.utc(clock.instant()))
			.update();
		audit.record("CREATE", "attendance-schedule", id, null, Map.of("shift", shift.name(), "weekdays", weekdays,
				"effectiveFrom", request.effectiveFrom().toString(),
				"target", byEmployee ? "employee:" + employeeId : "unit:" + request.orgUnitId()));
		return schedules(user).stream().filter(view -> view.id().equals(id)).findFirst().orElseThrow();
	}

	/** A schedule row, for resolving which applies to an employee on a day. */
	record ScheduleRow(UUID id, UUID shiftId, UUID orgUnitId, UUID employeeId, String weekdays, LocalDate effectiveFrom) {

		static final String COLUMNS = "id, shift_id, org_unit_id, employee_id, weekdays, effective_from";

		static ScheduleRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
			return new ScheduleRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, LocalDate.class));
		}

	}

	/** What applies to an employee: their own schedules, then each unit's from theirs up to the root. */
	record Applicable(List<ScheduleRow> own, List<List<ScheduleRow>> byUnitNearestFirst) {

		Optional<ScheduleRow> on(LocalDate day) {
			Optional<ScheduleRow> mine = latest(own, day);
			if (mine.isPresent()) {
				return mine;
			}
			for (List<ScheduleRow> unit : byUnitNearestFirst) {
				Optional<ScheduleRow> found = latest(unit, day);
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}

		private static Optional<ScheduleRow> latest(List<ScheduleRow> rows, LocalDate day) {
			return rows.stream().filter(row -> !row.effectiveFrom().isAfter(day))
				.max(Comparator.comparing(ScheduleRow::effectiveFrom));
		}

	}

	Applicable applicable(UUID tenant, EmployeeSummary employee) {
		List<UUID> units = people.unitAncestry(tenant, employee.orgUnitId());
		List<ScheduleRow> rows = jdbc.sql("select " + ScheduleRow.COLUMNS + " from attendance_schedule "
				+ "where tenant_id = :tenant and (employee_id = :employee or org_unit_id in (:units))")
			.param("tenant", tenant)
			.param("employee", employee.id())
			.param("units", units.isEmpty() ? List.of(employee.orgUnitId()) : units)
			.query(ScheduleRow::map)
			.list();
		List<List<ScheduleRow>> byUnit = new ArrayList<>();
		for (UUID unit : units) {
			byUnit.add(rows.stream().filter(row -> unit.equals(row.orgUnitId())).toList());
		}
		return new Applicable(rows.stream().filter(row -> employee.id().equals(row.employeeId())).toList(), byUnit);
	}

}
