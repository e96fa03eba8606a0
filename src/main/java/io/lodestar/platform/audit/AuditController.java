package io.lodestar.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.CompanyNameLookup;
import io.lodestar.platform.web.PageQuery;

/**
 * The audit trail page for HR admins (their company) and system administrators (the company they work in,
 * or platform events). Dates are days in the company's time zone and times are shown in it too. Filters
 * update the table in place with htmx and work as a plain GET form without JavaScript.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditQueries audit;

	private final CompanyNameLookup companies;

	AuditController(AuditQueries audit, CompanyNameLookup companies) {
		this.audit = audit;
		this.companies = companies;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	String audit(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String action, @RequestParam(required = false) Integer page, Model model,
			HttpServletRequest request) {
		List<String> errors = new ArrayList<>();
		LocalDate fromDate = date(from, "from", errors);
		LocalDate toDate = date(to, "to", errors);
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			errors.add("platform.audit.range-invalid");
		}
		ZoneId zone = user.tenantId() == null ? ZoneOffset.UTC : companies.zoneOf(user.tenantId());
		AuditFilter filter = new AuditFilter(fromDate, toDate, blankToNull(actor), blankToNull(entityType),
				blankToNull(entityId), blankToNull(action));
		int pageNumber = page == null || page < 0 ? 0 : page;
		model.addAttribute("result", audit.search(user, filter, new PageQuery(pageNumber, PAGE_SIZE, null), zone));
		model.addAttribute("entityTypes", audit.entityTypes(user));
		model.addAttribute("actions", audit.actions(user));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("actor", actor);
		model.addAttribute("entityType", entityType);
		model.addAttribute("entityId", blankToNull(entityId));
		model.addAttribute("action", action);
		model.addAttribute("filterErrors", errors);
		model.addAttribute("zone", zone);
		model.addAttribute("platformScope", user.tenantId() == null);
		model.addAttribute("mask", Masking.MASK);
		if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
			return "admin/audit :: results";
		}
		return "admin/audit";
	}

	/** A malformed date is reported and ignored, so the rest of the filters still apply. */
	private static LocalDate date(String value, String field, List<String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException malformed) {
			errors.add("platform.audit." + field + "-invalid");
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
