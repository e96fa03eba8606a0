package io.lodestar.engagement.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.engagement.NotificationView;
import io.lodestar.engagement.Notifications;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Notices;
import io.lodestar.platform.web.PageQuery;

/**
 * My inbox: notifications newest first, unread ones highlighted. Opening one marks it read and follows its
 * link (a GET with a side effect, but only on the caller's own read mark, so a forged link changes nothing
 * that matters).
 */
@Controller
class InboxController {

	static final int PAGE_SIZE = 30;

	private final Notifications notifications;

	InboxController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/inbox")
	@PreAuthorize("isAuthenticated()")
	String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", notifications.inbox(user, unread, PageQuery.of(page, PAGE_SIZE, null)));
		model.addAttribute("unreadOnly", unread);
		return "engagement/inbox";
	}

	@GetMapping("/inbox/{id}")
	@PreAuthorize("isAuthenticated()")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		NotificationView notification = notifications.markRead(user, id);
		return "redirect:" + (notification.link() == null ? "/inbox" : notification.link());
	}

	@PostMapping("/inbox/{id}/read")
	@PreAuthorize("isAuthenticated()")
	String markRead(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean unread) {
		notifications.markRead(user, id);
		return "redirect:/inbox?unread=" + unread + (page == null ? "" : "&page=" + page);
	}

	@PostMapping("/inbox/read-all")
	@PreAuthorize("isAuthenticated()")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Notices.add(redirect, "engagement.inbox.all-read", notifications.markAllRead(user));
		return "redirect:/inbox";
	}

}
