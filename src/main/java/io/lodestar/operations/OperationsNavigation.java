package io.lodestar.operations;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class OperationsNavigation {

	@Bean
	NavigationItem backupsNavigation() {
		return new NavigationItem("admin", 92, "operations.nav.backups", "/admin/backups", "database",
				Set.of(Role.SYSTEM_ADMIN), false);
	}

}
