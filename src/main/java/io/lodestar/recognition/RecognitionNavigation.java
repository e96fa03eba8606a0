package io.lodestar.recognition;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.people.ProfileSection;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

/** The feed for everyone, award types and budgets for HR, and a section on every profile. */
@Configuration(proxyBeanMethods = false)
class RecognitionNavigation {

	@Bean
	NavigationItem recognitionFeedNavigation() {
		return new NavigationItem("main", 72, "recognition.nav.feed", "/recognition", "star", Set.of(), true);
	}

	@Bean
	NavigationItem awardTypesNavigation() {
		return new NavigationItem("admin", 60, "recognition.nav.types", "/admin/recognition/award-types", "star",
				Set.of(Role.HR_ADMIN), true);
	}

	@Bean
	NavigationItem budgetsNavigation() {
		return new NavigationItem("admin", 61, "recognition.nav.budgets", "/recognition/budgets", "star",
				Set.of(Role.HR_ADMIN, Role.PAY_VIEWER), true);
	}

	@Bean
	ProfileSection recognitionProfileSection() {
		return new ProfileSection(20, "/recognition/people/{id}");
	}

}
