package io.lodestar.account;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AccountNavigation {

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("admin", 40, "account.nav.users", "/admin/users", "users",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), false);
	}

	@Bean
	NavigationItem signInSecurityNavigation() {
		return new NavigationItem("admin", 45, "account.nav.security", "/admin/security", "settings",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), false);
	}

	@Bean
	NavigationItem companiesNavigation() {
		return new NavigationItem("admin", 90, "account.nav.companies", "/admin/companies", "companies",
				Set.of(Role.SYSTEM_ADMIN), false);
	}

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem("admin", 80, "platform.nav.audit", "/admin/audit", "audit",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), false);
	}

	@Bean
	NavigationItem apiDocsNavigation() {
		return new NavigationItem("admin", 95, "platform.nav.api-docs", "/swagger-ui.html", "api",
				Set.of(Role.HR_ADMIN, Role.SYSTEM_ADMIN), false);
	}

}
