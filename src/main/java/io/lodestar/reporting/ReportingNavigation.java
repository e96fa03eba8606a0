package io.lodestar.reporting;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

	@Bean
	NavigationItem dashboardsNavigation() {
		return new NavigationItem("main", 10, "reporting.nav.dashboards", "/dashboard", "dashboard", Set.of(), true);
	}

}
