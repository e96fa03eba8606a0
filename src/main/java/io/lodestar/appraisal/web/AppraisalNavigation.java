package io.lodestar.appraisal.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

/** Appraisal templates (HR) and cycles (HR, executives) in the administration menu; own and team appraisals in the main one. */
@Configuration(proxyBeanMethods = false)
class AppraisalNavigation {

	@Bean
	NavigationItem appraisalTemplatesNavigation() {
		return new NavigationItem("admin", 54, "appraisal-web.nav.templates", "/admin/appraisal/templates", "goals",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem appraisalCyclesNavigation() {
		return new NavigationItem("admin", 55, "appraisal-web.nav.cycles", "/admin/appraisal/cycles", "calendar",
				Set.of(Role.HR_ADMIN, Role.EXECUTIVE), true);
	}

	@Bean
	NavigationItem myAppraisalsNavigation() {
		return new NavigationItem("main", 47, "appraisal-web.nav.mine", "/appraisals", "goals", Set.of(), true);
	}

	@Bean
	NavigationItem teamAppraisalsNavigation() {
		return new NavigationItem("main", 48, "appraisal-web.nav.team", "/appraisals/team", "goals",
				Set.of(Role.MANAGER), true);
	}

}
