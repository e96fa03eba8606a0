package io.lodestar.people;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

	@Bean
	NavigationItem homeNavigation() {
		return new NavigationItem("main", 0, "people.nav.home", "/", "home", Set.of(), false);
	}

	@Bean
	NavigationItem orgChartNavigation() {
		return new NavigationItem("main", 20, "people.nav.org-chart", "/org", "org", Set.of(), true);
	}

	@Bean
	NavigationItem directoryNavigation() {
		return new NavigationItem("main", 30, "people.nav.directory", "/people", "people", Set.of(), true);
	}

	@Bean
	NavigationItem orgUnitsNavigation() {
		return new NavigationItem("admin", 10, "people.nav.org-units", "/admin/org-units", "units",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), true);
	}

	@Bean
	NavigationItem positionsNavigation() {
		return new NavigationItem("admin", 20, "people.nav.positions", "/admin/positions", "positions",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), true);
	}

	@Bean
	NavigationItem importsNavigation() {
		return new NavigationItem("admin", 30, "people.nav.imports", "/admin/imports", "transfer",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), true);
	}

}
