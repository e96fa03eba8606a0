package io.lodestar.engagement;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NavigationItem;

/** Feedback and support for everyone in a company; the inbox is the bell in the top bar. */
@Configuration(proxyBeanMethods = false)
class EngagementNavigation {

	@Bean
	NavigationItem feedbackNavigation() {
		return new NavigationItem("main", 70, "engagement.nav.feedback", "/feedback", "feedback", Set.of(), true);
	}

	@Bean
	NavigationItem supportNavigation() {
		return new NavigationItem("main", 71, "engagement.nav.support", "/support", "support", Set.of(), true);
	}

	/** HR's email, group-chat and delivery settings, next to the other company administration pages. */
	@Bean
	NavigationItem notificationDeliveryNavigation() {
		return new NavigationItem("admin", 36, "engagement.nav.notifications", "/admin/notifications", "bell",
				Set.of(Role.HR_ADMIN), true);
	}

}
