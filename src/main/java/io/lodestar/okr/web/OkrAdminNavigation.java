package io.lodestar.okr.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

/** HR's OKR cycles in the administration menu; everyone's retrospective report in the main menu. */
@Configuration(proxyBeanMethods = false)
class OkrAdminNavigation {

	@Bean
	NavigationItem okrCyclesNavigation() {
		return new NavigationItem("admin", 52, "okr-admin.nav.cycles", "/admin/okr/cycles", "calendar",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem okrRetrospectiveNavigation() {
		return new NavigationItem("main", 46, "okr-admin.nav.retrospective", "/okr/retrospective", "goals", Set.of(),
				true);
	}

}
