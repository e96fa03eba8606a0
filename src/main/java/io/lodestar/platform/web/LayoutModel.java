package io.lodestar.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUsers;

/** What every page's layout needs: who is signed in, the navigation they may see, language, CSRF token. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final List<NavigationItem> navigation;

	private final CompanyNameLookup companies;

	LayoutModel(List<NavigationItem> navigation, CompanyNameLookup companies) {
		this.navigation = navigation.stream()
			.sorted(Comparator.comparing(NavigationItem::section).thenComparingInt(NavigationItem::order))
			.toList();
		this.companies = companies;
	}

	@ModelAttribute
	void layout(org.springframework.ui.Model model, HttpServletRequest request) {
		// the REST API renders no page: no navigation or company look-up, and above all no CSRF token, whose
		// creation would start a stored session for every token-authenticated call
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String original ? original : request.getRequestURI();
		if (uri.startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		CurrentUser user = CurrentUsers.find().orElse(null);
		model.addAttribute("currentUser", user);
		model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("currentLanguage", SupportedLocales.tag(locale));
		if (user != null) {
			List<NavigationItem> visible = navigation.stream().filter(item -> item.visibleTo(user)).toList();
			model.addAttribute("mainNavigation", visible.stream().filter(item -> "main".equals(item.section())).toList());
			model.addAttribute("adminNavigation",
					visible.stream().filter(item -> "admin".equals(item.section())).toList());
			model.addAttribute("currentCompanyName", user.tenantId() == null ? null : companies.nameOf(user.tenantId()));
		}
		Object csrf = request.getAttribute(CsrfToken.class.getName());
		if (csrf instanceof CsrfToken token) {
			model.addAttribute("csrfHeaderJson", "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}");
		}
	}

}
