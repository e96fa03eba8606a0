package io.lodestar.attendance;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AttendanceNavigation {

	@Bean
	NavigationItem attendanceDevicesNavigation() {
		return new NavigationItem("admin", 36, "attendance.nav.devices", "/admin/attendance/devices", "calendar",
				Set.of(Role.HR_ADMIN), true);
	}

}
