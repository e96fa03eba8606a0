package io.lodestar.attendance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.attendance.AttendanceSummaries;
import io.lodestar.attendance.DayResult;
import io.lodestar.attendance.DayStatus;
import io.lodestar.attendance.MonthSummary;
import io.lodestar.attendance.PersonMonth;
import io.lodestar.attendance.UnitMonth;
import io.lodestar.platform.security.CurrentUser;

/**
 * ECharts options for the attendance pages, authorized like the pages: a person's days (on time, late minutes)
 * and an org unit's sub-units' punctuality. Labels come from the message bundles in the reader's language.
 */
@RestController
@RequestMapping("/attendance/charts")
class AttendanceChartController {

	private final AttendanceSummaries summaries;

	private final MessageSource messages;

	AttendanceChartController(AttendanceSummaries summaries, MessageSource messages) {
		this.summaries = summaries;
		this.messages = messages;
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/people/{id}")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> person(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String month) {
		PersonMonth person = summaries.person(user, id, Months.parse(month, null));
		List<String> days = new ArrayList<>();
		List<Object> onTime = new ArrayList<>();
		List<Object> late = new ArrayList<>();
		for (DayResult day : person.days()) {
			if (!day.status().working()) {
				continue;
			}
			days.add(String.valueOf(day.day().getDayOfMonth()));
			onTime.add(day.onTime() ? 1 : 0);
			late.add(day.status() == DayStatus.PRESENT ? day.lateMinutes() : 0);
		}
		String onTimeName = text("attendance.chart.on-time");
		String lateName = text("attendance.chart.late-minutes");
		return Map.of(
				"tooltip", Map.of("trigger", "axis"),
				"legend", Map.of("data", List.of(onTimeName, lateName), "bottom", 0),
				"grid", Map.of("left", 40, "right", 40, "top", 20, "bottom", 50),
				"xAxis", Map.of("type", "category", "data", days),
				"yAxis", List.of(Map.of("type", "value", "max", 1, "show", false),
						Map.of("type", "value", "name", text("attendance.chart.minutes"))),
				"series", List.of(
						Map.of("name", onTimeName, "type", "bar", "data", onTime, "itemStyle", Map.of("color", "#2e7d32")),
						Map.of("name", lateName, "type", "bar", "yAxisIndex", 1, "data", late, "itemStyle",
								Map.of("color", "#c62828"))));
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE', 'MANAGER')")
	Map<String, Object> unit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String month) {
		UnitMonth unit = summaries.unit(user, id, Months.parse(month, null));
		List<MonthSummary> bars = unit.subUnits().isEmpty() ? List.of(unit.summary()) : unit.subUnits();
		List<String> names = new ArrayList<>();
		List<Object> rates = new ArrayList<>();
		for (MonthSummary sum : bars) {
			names.add(sum.name());
			rates.add(sum.punctualityRate() == null ? "-" : sum.punctualityRate());
		}
		return Map.of(
				"tooltip", Map.of("trigger", "axis"),
				"grid", Map.of("left", 8, "right", 24, "top", 10, "bottom", 10, "containLabel", true),
				"xAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
				"yAxis", Map.of("type", "category", "data", names, "inverse", true),
				"series", List.of(Map.of("name", text("attendance.summary.punctuality"), "type", "bar", "data", rates,
						"label", Map.of("show", true, "position", "right", "formatter", "{c}%"), "itemStyle",
						Map.of("color", "#1f4e79"))));
	}

}
