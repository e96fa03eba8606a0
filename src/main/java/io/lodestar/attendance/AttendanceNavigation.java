package io.lodestar.attendance;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AttendanceNavigation {

	@Bean
	NavigationItem attendanceMonthNavigation() {
		return new NavigationItem("main", 49, "attendance.nav.attendance", "/attendance", "calendar", Set.of(), true);
	}

	@Bean
	NavigationItem attendanceDevicesNavigation() {
		return new NavigationItem("admin", 36, "attendance.nav.devices", "/admin/attendance/devices", "calendar",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem attendancePinsNavigation() {
		return new NavigationItem("admin", 37, "attendance.nav.pins", "/admin/attendance/pins", "users",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem attendanceShiftsNavigation() {
		return new NavigationItem("admin", 38, "attendance.nav.shifts", "/admin/attendance/shifts", "calendar",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem attendanceCalendarNavigation() {
		return new NavigationItem("admin", 39, "attendance.nav.calendar", "/admin/attendance/calendar", "calendar",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem attendanceKpisNavigation() {
		return new NavigationItem("admin", 39, "attendance.nav.kpis", "/admin/attendance/kpis", "goals",
				Set.of(Role.HR_ADMIN), true);
	}

}
