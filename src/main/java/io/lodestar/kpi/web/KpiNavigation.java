package io.lodestar.kpi.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class KpiNavigation {

	@Bean
	NavigationItem myGoalsNavigation() {
		return new NavigationItem("main", 35, "kpi.page.nav.my-goals", "/my/goals", "kpi", Set.of(), true);
	}

}
