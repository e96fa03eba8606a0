package io.lodestar.okr.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.NavigationItem;

/** The goal map for everyone in a company. */
@Configuration(proxyBeanMethods = false)
class GoalMapNavigation {

	@Bean
	NavigationItem goalMapItem() {
		return new NavigationItem("main", 41, "okr.nav.map", "/okr/map", "goals", Set.of(), true);
	}

}
