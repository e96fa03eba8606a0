package io.lodestar.okr.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.NavigationItem;

/** OKRs for everyone in a company: their objectives, their team's, and the check-ins. */
@Configuration(proxyBeanMethods = false)
class OkrNavigation {

	@Bean
	NavigationItem okrNavigationItem() {
		return new NavigationItem("main", 37, "okr-web.nav", "/okr", "okr", Set.of(), true);
	}

}
