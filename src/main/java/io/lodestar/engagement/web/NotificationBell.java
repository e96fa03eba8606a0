package io.lodestar.engagement.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.lodestar.engagement.Notifications;
import io.lodestar.platform.security.CurrentUsers;

/**
 * The unread count for the bell in the layout's top bar ({@code unreadNotifications}). Only pages need it: htmx
 * fragments and the REST API ({@code @RestController} is a {@code @Controller} too) skip the query.
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationBell {

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute
	void unreadCount(Model model, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getHeader("HX-Request") != null || path.startsWith("/api/")) {
			return;
		}
		CurrentUsers.find()
			.filter(user -> user.tenantId() != null)
			.ifPresent(user -> model.addAttribute("unreadNotifications", notifications.unreadCount(user)));
	}

}
