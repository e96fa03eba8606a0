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

}
