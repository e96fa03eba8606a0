package io.lodestar.attendance.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.attendance.AttendanceKpiFeed;
import io.lodestar.attendance.AttendanceMeasure;
import io.lodestar.attendance.PinMappings;
import io.lodestar.attendance.PinMatch;
import io.lodestar.attendance.ScheduleRequest;
import io.lodestar.attendance.ShiftRequest;
import io.lodestar.attendance.ShiftSchedules;
import io.lodestar.attendance.WorkCalendar;
import io.lodestar.company.CompanyManagement;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Notices;

/**
 * HR administrators' attendance set-up pages: PINs (unmapped ones and explicit mappings, how PINs match), shifts
 * and schedules, the work calendar, and KPIs fed from attendance. A refused change re-renders the page with the
 * reason next to the form it came from; nothing is changed.
 */
@Controller
class AttendanceSetupController {

	private final PinMappings pins;

	private final ShiftSchedules shifts;

	private final WorkCalendar calendar;

	private final AttendanceKpiFeed feed;

	private final CompanyManagement companies;

	private final OrgUnitManagement units;

	AttendanceSetupController(PinMappings pins, ShiftSchedules shifts, WorkCalendar calendar, AttendanceKpiFeed feed,
			CompanyManagement companies, OrgUnitManagement units) {
		this.pins = pins;
		this.shifts = shifts;
		this.calendar = calendar;
		this.feed = feed;
		this.companies = companies;
		this.units = units;
	}

	/** Runs the change; on a refusal, shows the page again with the reason on the named form. */
	private String attempt(String form, Runnable change, RedirectAttributes redirect, String notice, String target,
			Model model, Supplier<String> page) {
		try {
			change.run();
			Notices.add(redirect, notice);
			return "redirect:" + target;
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("errorForm", form);
			model.addAttribute("errorField", refused.field());
			model.addAttribute("errorKey", refused.code());
			model.addAttribute("errorArgs", refused.arguments());
			return page.get();
		}
	}

	@GetMapping("/admin/attendance/pins")
	@PreAuthorize(DeviceApiController.HR)
	String pins(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unmapped", pins.unmapped(user));
		model.addAttribute("mappings", pins.mappings(user));
		model.addAttribute("pinMatch", pins.match(user.tenant()));
		model.addAttribute("matches", PinMatch.values());
		model.addAttribute("zone", companies.zoneOf(user.tenant()));
		return "attendance/pins";
	}

	@PostMapping("/admin/attendance/pins")
	@PreAuthorize(DeviceApiController.HR)
	String map(@AuthenticationPrincipal CurrentUser user, @RequestParam String pin, @RequestParam String employeeNo,
			Model model, RedirectAttributes redirect) {
		return attempt("map:" + pin, () -> pins.map(user, pin, employeeNo), redirect, "attendance.pins.mapped",
				"/admin/attendance/pins", model, () -> pins(user, model));
	}

	@PostMapping("/admin/attendance/pins/{pin}/delete")
	@PreAuthorize(DeviceApiController.HR)
	String unmap(@AuthenticationPrincipal CurrentUser user, @PathVariable String pin, RedirectAttributes redirect) {
		pins.unmap(user, pin);
		Notices.add(redirect, "attendance.pins.unmapped-done");
		return "redirect:/admin/attendance/pins";
	}

	@PostMapping("/admin/attendance/settings")
	@PreAuthorize(DeviceApiController.HR)
	String configure(@AuthenticationPrincipal CurrentUser user, @RequestParam PinMatch pinMatch,
			RedirectAttributes redirect) {
		pins.configure(user, pinMatch);
		Notices.add(redirect, "attendance.settings.saved");
		return "redirect:/admin/attendance/pins";
	}

	@GetMapping("/admin/attendance/shifts")
	@PreAuthorize(DeviceApiController.HR)
	String shifts(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("shifts", shifts.shifts(user));
		model.addAttribute("schedules", shifts.schedules(user));
		model.addAttribute("units", units.tree(user).stream().flatMap(root -> root.flatten().stream()).toList());
		return "attendance/shifts";
	}

	@PostMapping("/admin/attendance/shifts")
	@PreAuthorize(DeviceApiController.HR)
	String createShift(@AuthenticationPrincipal CurrentUser user, @RequestParam String name,
			@RequestParam(required = false) LocalTime start, @RequestParam(required = false) LocalTime end,
			@RequestParam(required = false) Integer lateGraceMinutes,
			@RequestParam(required = false) Integer earlyGraceMinutes, @RequestParam(required = false) Integer breakMinutes,
			@RequestParam(required = false) Integer overtimeMinMinutes,
			@RequestParam(required = false) Integer windowBeforeMinutes,
			@RequestParam(required = false) Integer windowAfterMinutes, Model model, RedirectAttributes redirect) {
		ShiftRequest request = new ShiftRequest(name, start, end, lateGraceMinutes, earlyGraceMinutes, breakMinutes,
				overtimeMinMinutes, windowBeforeMinutes, windowAfterMinutes);
		return attempt("shift", () -> shifts.createShift(user, request), redirect, "attendance.shift.created",
				"/admin/attendance/shifts", model, () -> shifts(user, model));
	}

	@PostMapping("/admin/attendance/schedules")
	@PreAuthorize(DeviceApiController.HR)
	String assign(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID shiftId,
			@RequestParam(required = false) UUID orgUnitId, @RequestParam(required = false) String employeeNo,
			@RequestParam(required = false) java.util.List<Integer> weekday,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			Model model, RedirectAttributes redirect) {
		StringBuilder weekdays = new StringBuilder();
		for (int day = 1; day <= 7; day++) {
			weekdays.append(weekday != null && weekday.contains(day) ? '1' : '0');
		}
		boolean byEmployee = employeeNo != null && !employeeNo.isBlank();
		ScheduleRequest request = new ScheduleRequest(shiftId, byEmployee ? null : orgUnitId, employeeNo,
				weekdays.toString(), effectiveFrom);
		return attempt("schedule", () -> shifts.assign(user, request), redirect, "attendance.schedule.created",
				"/admin/attendance/shifts", model, () -> shifts(user, model));
	}

	@GetMapping("/admin/attendance/calendar")
	@PreAuthorize(DeviceApiController.HR)
	String calendar(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int selected = year == null ? companies.today(user.tenant()).getYear() : year;
		model.addAttribute("year", selected);
		model.addAttribute("days", calendar.year(user, selected));
		model.addAttribute("official", WorkCalendar.OFFICIAL_CN_YEARS);
		return "attendance/calendar";
	}

	@PostMapping("/admin/attendance/calendar")
	@PreAuthorize(DeviceApiController.HR)
	String saveDay(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String name, Model model,
			RedirectAttributes redirect) {
		int year = day == null ? companies.today(user.tenant()).getYear() : day.getYear();
		return attempt("day", () -> calendar.save(user, day, kind, name), redirect, "attendance.calendar.saved",
				"/admin/attendance/calendar?year=" + year, model, () -> calendar(user, year, model));
	}

	@PostMapping("/admin/attendance/calendar/official")
	@PreAuthorize(DeviceApiController.HR)
	String importOfficial(@AuthenticationPrincipal CurrentUser user, @RequestParam int year, Model model,
			RedirectAttributes redirect) {
		return attempt("official", () -> calendar.importOfficial(user, year), redirect, "attendance.calendar.imported",
				"/admin/attendance/calendar?year=" + year, model, () -> calendar(user, year, model));
	}

	@PostMapping("/admin/attendance/calendar/{day}/delete")
	@PreAuthorize(DeviceApiController.HR)
	String removeDay(@AuthenticationPrincipal CurrentUser user,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		calendar.remove(user, day);
		Notices.add(redirect, "attendance.calendar.removed");
		return "redirect:/admin/attendance/calendar?year=" + day.getYear();
	}

	@GetMapping("/admin/attendance/kpis")
	@PreAuthorize(DeviceApiController.HR)
	String kpis(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("bindings", feed.bindings(user));
		model.addAttribute("kpis", feed.bindable(user));
		model.addAttribute("measures", AttendanceMeasure.values());
		return "attendance/kpis";
	}

	@PostMapping("/admin/attendance/kpis")
	@PreAuthorize(DeviceApiController.HR)
	String bind(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID kpiId,
			@RequestParam(required = false) AttendanceMeasure measure, Model model, RedirectAttributes redirect) {
		if (kpiId == null) {
			model.addAttribute("errorForm", "bind");
			model.addAttribute("errorKey", "attendance.kpi.required");
			model.addAttribute("errorArgs", new Object[0]);
			return kpis(user, model);
		}
		return attempt("bind", () -> feed.bind(user, kpiId, measure), redirect, "attendance.kpi.bound",
				"/admin/attendance/kpis", model, () -> kpis(user, model));
	}

	@PostMapping("/admin/attendance/kpis/{id}/delete")
	@PreAuthorize(DeviceApiController.HR)
	String unbind(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		feed.unbind(user, id);
		Notices.add(redirect, "attendance.kpi.unbound");
		return "redirect:/admin/attendance/kpis";
	}

}
