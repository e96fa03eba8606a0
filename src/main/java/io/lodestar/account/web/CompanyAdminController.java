package io.lodestar.account.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.account.CompanyOnboarding;
import io.lodestar.account.OnboardedCompany;
import io.lodestar.account.Onboarding;
import io.lodestar.company.CompanyManagement;
import io.lodestar.company.CompanySummary;
import io.lodestar.company.NewCompany;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SelectedCompany;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.Notices;

/**
 * Companies, for system administrators: the list, onboarding a new company with its first HR administrator,
 * and switching into a company to work there (kept in the session, audited in that company's trail).
 */
@Controller
@RequestMapping("/admin/companies")
class CompanyAdminController {

	static final String OPERATORS = "hasRole('SYSTEM_ADMIN')";

	/** Common zones of our users; any other valid zone id is still accepted by the service. */
	static final List<String> TIME_ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore",
			"Asia/Tokyo", "Asia/Seoul", "Asia/Bangkok", "Asia/Jakarta", "Asia/Kolkata", "Asia/Dubai", "Europe/London",
			"Europe/Paris", "Europe/Berlin", "Europe/Moscow", "America/New_York", "America/Chicago",
			"America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "Australia/Sydney", "Pacific/Auckland",
			"UTC");

	private final CompanyManagement companies;

	private final CompanyOnboarding onboarding;

	private final AuditTrail audit;

	CompanyAdminController(CompanyManagement companies, CompanyOnboarding onboarding, AuditTrail audit) {
		this.companies = companies;
		this.onboarding = onboarding;
		this.audit = audit;
	}

	record ZoneOption(String id, String name) {
	}

	@GetMapping
	@PreAuthorize(OPERATORS)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("companies", companies.all());
		model.addAttribute("activeCompany", user.tenantId());
		model.addAttribute("zone", Zones.of(user, companies));
		return "admin/companies";
	}

	@GetMapping("/new")
	@PreAuthorize(OPERATORS)
	String newCompany(Model model) {
		model.addAttribute("companyForm", new CompanyForm());
		return form(model);
	}

	@PostMapping
	@PreAuthorize(OPERATORS)
	String register(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("companyForm") CompanyForm form,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			return form(model);
		}
		OnboardedCompany onboarded;
		try {
			onboarded = onboarding.register(user,
					new Onboarding(new NewCompany(form.getCode().strip(), form.getName().strip(), form.getDefaultLocale(),
							form.getTimeZone()), form.getHrName().strip(), form.getHrEmail().strip(),
							form.getHrEmployeeNo().strip()));
		}
		catch (BusinessRuleException refused) {
			FormErrors.reject(result, onForm(refused));
			return form(model);
		}
		model.addAttribute("onboarded", onboarded);
		return "admin/company-created";
	}

	/** Works in the chosen company from the next request on; recorded in that company's audit trail. */
	@PostMapping("/{id}/switch")
	@PreAuthorize(OPERATORS)
	String switchInto(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletRequest request,
			RedirectAttributes redirect) {
		CompanySummary company = companies.find(id).orElseThrow(() -> new NotFoundException("company", id));
		SelectedCompany.choose(request.getSession(), company.id());
		audit.recordSystem(company.id(), user.userId(), user.email(), "COMPANY_SWITCH", "company", company.id(),
				company.code() + " " + company.name());
		Notices.add(redirect, "account.companies.switched", company.name());
		return "redirect:/";
	}

	/** Back to the platform view (or, for an operator who belongs to a company, to their own). */
	@PostMapping("/leave")
	@PreAuthorize(OPERATORS)
	String leave(HttpServletRequest request, RedirectAttributes redirect) {
		SelectedCompany.choose(request.getSession(), null);
		Notices.add(redirect, "account.companies.left");
		return "redirect:/admin/companies";
	}

	private String form(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Instant now = Instant.now();
		model.addAttribute("zoneOptions", TIME_ZONES.stream().map(id -> {
			ZoneId zone = ZoneId.of(id);
			String offset = zone.getRules().getOffset(now).getId().replace("Z", "+00:00");
			// offset first: on a phone the end of a long option is cut off
			return new ZoneOption(id, "UTC" + offset + " · " + id + " · " + zone.getDisplayName(TextStyle.FULL, locale));
		}).toList());
		return "admin/company-new";
	}

	/** Errors about the HR administrator's employee record or account belong next to the HR fields. */
	private static BusinessRuleException onForm(BusinessRuleException refused) {
		String field = refused.field();
		String mapped = field == null ? null : switch (field) {
			case "email" -> "hrEmail";
			case "employeeNo" -> "hrEmployeeNo";
			case "name" -> "hrName";
			default -> field;
		};
		return new BusinessRuleException(refused.kind(), refused.code(), mapped, refused.arguments());
	}

}
