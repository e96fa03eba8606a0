package io.lodestar.attendance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.attendance.AttendanceKpiFeed;
import io.lodestar.attendance.AttendanceMeasure;
import io.lodestar.attendance.CalendarDay;
import io.lodestar.attendance.KpiBindingView;
import io.lodestar.attendance.PinMappingView;
import io.lodestar.attendance.PinMappings;
import io.lodestar.attendance.PinMatch;
import io.lodestar.attendance.ResultWorker;
import io.lodestar.attendance.ScheduleRequest;
import io.lodestar.attendance.ScheduleView;
import io.lodestar.attendance.Shift;
import io.lodestar.attendance.ShiftRequest;
import io.lodestar.attendance.ShiftSchedules;
import io.lodestar.attendance.UnmappedPin;
import io.lodestar.attendance.WorkCalendar;
import io.lodestar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The attendance rules over the API (HR administrators): PINs, shifts, schedules, calendar, KPI bindings. */
@RestController
@RequestMapping("/api/v1/attendance")
@Tag(name = "Attendance rules", description = "Which employee a PIN is, shifts and schedules, the work calendar, "
		+ "recomputing results and KPIs fed from attendance (HR administrators).")
class AttendanceRulesApiController {

	private final PinMappings pins;

	private final ShiftSchedules shifts;

	private final WorkCalendar calendar;

	private final AttendanceKpiFeed feed;

	private final ResultWorker worker;

	AttendanceRulesApiController(PinMappings pins, ShiftSchedules shifts, WorkCalendar calendar,
			AttendanceKpiFeed feed, ResultWorker worker) {
		this.pins = pins;
		this.shifts = shifts;
		this.calendar = calendar;
		this.feed = feed;
		this.worker = worker;
	}

	record MapBody(String employeeNo) {
	}

	record SettingsBody(PinMatch pinMatch) {
	}

	record DayBody(String kind, String name) {
	}

	record MeasureBody(AttendanceMeasure measure) {
	}

	record RecomputeBody(String month) {
	}

	@GetMapping("/pins/unmapped")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "PINs that punched but match no employee",
			description = "With the name the device reported, the punch count and first and last punch; at most 500.")
	List<UnmappedPin> unmapped(@AuthenticationPrincipal CurrentUser user) {
		return pins.unmapped(user);
	}

	@GetMapping("/pins")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Explicit PIN mappings")
	List<PinMappingView> mappings(@AuthenticationPrincipal CurrentUser user) {
		return pins.mappings(user);
	}

	@PutMapping("/pins/{pin}")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Map a PIN to an employee", description = "By employee number; the PIN's days are recomputed.")
	@ApiResponse(responseCode = "422", description = "Invalid PIN or unknown employee number (problem details).")
	@ApiResponse(responseCode = "200", description = "The mapping.", useReturnTypeSchema = true)
	PinMappingView map(@AuthenticationPrincipal CurrentUser user, @PathVariable String pin, @RequestBody MapBody body) {
		return pins.map(user, pin, body.employeeNo());
	}

	@DeleteMapping("/pins/{pin}")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Remove a PIN's explicit mapping")
	@ApiResponse(responseCode = "404", description = "The PIN has no explicit mapping (problem details).")
	@ApiResponse(responseCode = "204", description = "Removed; the PIN falls back to matching employee numbers.")
	ResponseEntity<Void> unmap(@AuthenticationPrincipal CurrentUser user, @PathVariable String pin) {
		pins.unmap(user, pin);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/settings")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "How PINs match employee numbers", description = "EXACT or IGNORE_ZEROS.")
	SettingsBody settings(@AuthenticationPrincipal CurrentUser user) {
		return new SettingsBody(pins.match(user.tenant()));
	}

	@PutMapping("/settings")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Change how PINs match employee numbers")
	@ApiResponse(responseCode = "422", description = "Missing pinMatch (problem details).")
	@ApiResponse(responseCode = "200", description = "The setting now in force.", useReturnTypeSchema = true)
	SettingsBody configure(@AuthenticationPrincipal CurrentUser user, @RequestBody SettingsBody body) {
		return new SettingsBody(pins.configure(user, body.pinMatch()));
	}

	@GetMapping("/shifts")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Shifts")
	List<Shift> shifts(@AuthenticationPrincipal CurrentUser user) {
		return shifts.shifts(user);
	}

	@PostMapping("/shifts")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Create a shift", description = "An end at or before the start ends the next day.")
	@ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "422", description = "Invalid times or minutes (problem details).")
	@ApiResponse(responseCode = "409", description = "The name is taken (problem details).")
	ResponseEntity<Shift> createShift(@AuthenticationPrincipal CurrentUser user, @RequestBody ShiftRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(shifts.createShift(user, body));
	}

	@GetMapping("/schedules")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Schedules", description = "Which shift org units and employees work, from which date.")
	List<ScheduleView> schedules(@AuthenticationPrincipal CurrentUser user) {
		return shifts.schedules(user);
	}

	@PostMapping("/schedules")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Assign a shift", description = "To an org unit (orgUnitId) or an employee (employeeNo); "
			+ "weekdays Monday first, e.g. 1111100.")
	@ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "422", description = "Invalid shift, target, weekdays or date (problem details).")
	ResponseEntity<ScheduleView> assign(@AuthenticationPrincipal CurrentUser user, @RequestBody ScheduleRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(shifts.assign(user, body));
	}

	@GetMapping("/calendar")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Holidays and make-up working days of a year")
	List<CalendarDay> calendar(@AuthenticationPrincipal CurrentUser user, @RequestParam int year) {
		return calendar.year(user, year);
	}

	@PutMapping("/calendar/{day}")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Set a day", description = "kind HOLIDAY or WORKDAY (make-up working day), with a name.")
	@ApiResponse(responseCode = "422", description = "Invalid kind or name (problem details).")
	@ApiResponse(responseCode = "200", description = "The day as saved.", useReturnTypeSchema = true)
	CalendarDay saveDay(@AuthenticationPrincipal CurrentUser user, @PathVariable LocalDate day, @RequestBody DayBody body) {
		return calendar.save(user, day, body.kind(), body.name());
	}

	@DeleteMapping("/calendar/{day}")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Remove a day from the calendar")
	@ApiResponse(responseCode = "404", description = "The day is not in the calendar (problem details).")
	@ApiResponse(responseCode = "204", description = "Removed.")
	ResponseEntity<Void> removeDay(@AuthenticationPrincipal CurrentUser user, @PathVariable LocalDate day) {
		calendar.remove(user, day);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/calendar/official/{year}")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Import the official mainland China holidays of a year",
			description = "From the State Council's notice; importing twice changes nothing.")
	@ApiResponse(responseCode = "422", description = "No official list for the year (problem details).")
	@ApiResponse(responseCode = "200", description = "The year's official days, as now in the calendar.", useReturnTypeSchema = true)
	List<CalendarDay> importOfficial(@AuthenticationPrincipal CurrentUser user, @PathVariable int year) {
		return calendar.importOfficial(user, year);
	}

	@PostMapping("/recompute")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Recompute a month of the whole company", description = "month as yyyy-MM; then the KPIs.")
	@ApiResponse(responseCode = "422", description = "Invalid or future month (problem details).")
	@ApiResponse(responseCode = "200", description = "The month and how many employees' days changed.", useReturnTypeSchema = true)
	Map<String, Object> recompute(@AuthenticationPrincipal CurrentUser user, @RequestBody RecomputeBody body) {
		YearMonth month = Months.parse(body.month(), null);
		return Map.of("month", String.valueOf(month), "employeesChanged", worker.recomputeMonth(user, month));
	}

	@GetMapping("/kpi-bindings")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "KPIs that take their actuals from attendance")
	List<KpiBindingView> bindings(@AuthenticationPrincipal CurrentUser user) {
		return feed.bindings(user);
	}

	@PutMapping("/kpi-bindings/{id}")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Feed a KPI from attendance",
			description = "measure PUNCTUALITY_RATE, ABSENCE_DAYS, LATE_COUNT, OVERTIME_HOURS or MISSING_PUNCHES; the "
					+ "months so far are recorded at once.")
	@ApiResponse(responseCode = "422", description = "Missing measure (problem details).")
	@ApiResponse(responseCode = "404", description = "No such KPI in the company (problem details).")
	@ApiResponse(responseCode = "200", description = "The binding.", useReturnTypeSchema = true)
	KpiBindingView bind(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) MeasureBody body) {
		return feed.bind(user, id, body == null ? null : body.measure());
	}

	@DeleteMapping("/kpi-bindings/{id}")
	@PreAuthorize(DeviceApiController.HR)
	@Operation(summary = "Stop feeding a KPI from attendance", description = "Recorded actuals stay.")
	@ApiResponse(responseCode = "404", description = "The KPI is not fed from attendance (problem details).")
	@ApiResponse(responseCode = "204", description = "No longer fed from attendance.")
	ResponseEntity<Void> unbind(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		feed.unbind(user, id);
		return ResponseEntity.noContent().build();
	}

}
