package io.lodestar.integration;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class IntegrationNavigation {

	@Bean
	NavigationItem connectorsNavigation() {
		return new NavigationItem("admin", 35, "integration.nav.connectors", "/admin/connectors", "database",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem apiKeysNavigation() {
		return new NavigationItem("admin", 37, "integration.nav.api-keys", "/admin/api-keys", "api",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), true);
	}

	@Bean
	NavigationItem webhooksNavigation() {
		return new NavigationItem("admin", 38, "integration.nav.webhooks", "/admin/webhooks", "transfer",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), true);
	}

}
