package io.lodestar.privacy;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class PrivacyNavigation {

	@Bean
	NavigationItem privacyOverviewNavigation() {
		return new NavigationItem("admin", 92, "privacy.nav.overview", "/admin/privacy", "audit",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), true);
	}

	@Bean
	NavigationItem privacyExportsNavigation() {
		return new NavigationItem("admin", 93, "privacy.nav.exports", "/privacy/exports", "database",
				Set.of(Role.HR_ADMIN, Role.EXECUTIVE, Role.MANAGER, Role.PAY_VIEWER, Role.SYSTEM_ADMIN), true);
	}

}
