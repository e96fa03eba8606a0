package io.lodestar.kpi;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

/** The KPI library (administration) and the team entry grid (everyday work of managers and HR). */
@Configuration(proxyBeanMethods = false)
class KpiDataNavigation {

	@Bean
	NavigationItem kpiLibraryNavigation() {
		return new NavigationItem("admin", 40, "kpi.library.nav", "/admin/kpi-library", "library",
				Set.of(Role.HR_ADMIN, Role.EXECUTIVE, Role.MANAGER), true);
	}

	@Bean
	NavigationItem teamEntryNavigation() {
		return new NavigationItem("main", 50, "kpi.entry.nav", "/kpis/entry", "entry",
				Set.of(Role.MANAGER, Role.HR_ADMIN), true);
	}

}
