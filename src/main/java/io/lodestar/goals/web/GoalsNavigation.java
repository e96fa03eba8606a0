package io.lodestar.goals.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class GoalsNavigation {

	@Bean
	NavigationItem goalTreeNavigation() {
		return new NavigationItem("main", 40, "goals.page.nav.tree", "/goals", "goals", Set.of(), true);
	}

	@Bean
	NavigationItem goalSettingsNavigation() {
		return new NavigationItem("admin", 50, "goals.page.nav.settings", "/admin/goal-settings", "settings",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem periodsNavigation() {
		return new NavigationItem("admin", 55, "goals.page.nav.periods", "/admin/periods", "calendar",
				Set.of(Role.HR_ADMIN), true);
	}

}
