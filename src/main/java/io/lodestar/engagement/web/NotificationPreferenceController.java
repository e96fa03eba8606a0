package io.lodestar.engagement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.engagement.NotificationDeliveries;
import io.lodestar.engagement.NotificationKinds;
import io.lodestar.engagement.NotificationPreferences;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Notices;

/** My own choice of which notifications also come by email (linked from the inbox). */
@Controller
class NotificationPreferenceController {

	private final NotificationPreferences preferences;

	private final NotificationDeliveries deliveries;

	NotificationPreferenceController(NotificationPreferences preferences, NotificationDeliveries deliveries) {
		this.preferences = preferences;
		this.deliveries = deliveries;
	}

	@GetMapping("/my/notifications/preferences")
	@PreAuthorize("isAuthenticated()")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("preferences", preferences.mine(user));
		model.addAttribute("emailEnabled", deliveries.emailEnabled());
		return "engagement/notification-preferences";
	}

	@PostMapping("/my/notifications/preferences")
	@PreAuthorize("isAuthenticated()")
	String save(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "email", required = false) List<String> checked, RedirectAttributes redirect) {
		Map<String, Boolean> email = new LinkedHashMap<>();
		NotificationKinds.all().forEach(kind -> email.put(kind, checked != null && checked.contains(kind)));
		preferences.setMine(user, email);
		Notices.add(redirect, "engagement.preferences.saved");
		return "redirect:/my/notifications/preferences";
	}

}
