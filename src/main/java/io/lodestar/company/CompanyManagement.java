package io.lodestar.company;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.CompanyNameLookup;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.RequestMemo;

/** Registers companies and answers questions about them. Callers check that the user may do so. */
@Service
@Transactional
public class CompanyManagement implements CompanyNameLookup {

	private final CompanyRepository companies;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectProvider<FiscalCalendarInUse> calendars;

	CompanyManagement(CompanyRepository companies, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			ObjectProvider<FiscalCalendarInUse> calendars) {
		this.companies = companies;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.calendars = calendars;
	}

	@Transactional(readOnly = true)
	public CompanySettings settings(UUID companyId) {
		return remembered(companyId).orElseThrow(() -> new NotFoundException("company", companyId)).settings();
	}

	/**
	 * Changes the company's goal settings. The fiscal-year start is fixed once goal periods exist, because
	 * every goal and measurement is filed under them. HR administrators only.
	 */
	public CompanySettings configure(CurrentUser user, int fiscalYearStartMonth, boolean kpiActualsPublic,
			Long expectedVersion) {
		if (!user.hasAny(Role.HR_ADMIN, Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("company settings");
		}
		UUID id = user.tenant();
		Company company = companies.findById(id).orElseThrow(() -> new NotFoundException("company", id));
		CompanySettings before = company.settings();
		if (expectedVersion != null && !expectedVersion.equals(before.version())) {
			throw new org.springframework.dao.OptimisticLockingFailureException("company changed");
		}
		if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
			throw BusinessRuleException.invalid("company.fiscal-year-start.range", "fiscalYearStartMonth");
		}
		if (fiscalYearStartMonth != before.fiscalYearStartMonth()
				&& calendars.stream().anyMatch(calendar -> calendar.inUse(id))) {
			throw BusinessRuleException.conflict("company.fiscal-year-start.in-use", "fiscalYearStartMonth");
		}
		company.configure(fiscalYearStartMonth, kpiActualsPublic);
		CompanySettings after = companies.save(company).settings();
		RequestMemo.forget(memoKey(id));
		audit.record("UPDATE", "company-settings", id,
				Map.of("fiscalYearStartMonth", before.fiscalYearStartMonth(), "kpiActualsPublic", before.kpiActualsPublic()),
				Map.of("fiscalYearStartMonth", after.fiscalYearStartMonth(), "kpiActualsPublic", after.kpiActualsPublic()));
		return after;
	}

	/** Today's date where the company is: business dates (hire, move, leave) are checked against it. */
	@Transactional(readOnly = true)
	public LocalDate today(UUID companyId) {
		ZoneId zone = remembered(companyId)
			.map(company -> ZoneId.of(company.summary().timeZone()))
			.orElse(ZoneId.of("UTC"));
		return LocalDate.now(clock.withZone(zone));
	}

	/** Registers a company; audited by the caller, who knows who asked (a person or the demo loader). */
	public CompanySummary register(NewCompany request) {
		String code = request.code().trim();
		if (companies.existsByCode(code)) {
			throw BusinessRuleException.conflict("company.code.taken", "code", code);
		}
		try {
			ZoneId.of(request.timeZone());
		}
		catch (DateTimeException invalid) {
			throw BusinessRuleException.invalid("company.timezone.invalid", "timeZone", request.timeZone());
		}
		Company company = companies.save(Company.create(code, request.name().trim(),
				request.defaultLocale() == null ? "zh-CN" : request.defaultLocale(), request.timeZone()));
		events.publishEvent(new CompanyCreated(company.id(), code, request.name().trim()));
		return company.summary();
	}

	public CompanySummary update(UUID id, String name, String defaultLocale, String timeZone) {
		Company company = companies.findById(id).orElseThrow(() -> new NotFoundException("company", id));
		CompanySummary before = company.summary();
		company.rename(name.trim(), defaultLocale, timeZone);
		CompanySummary after = companies.save(company).summary();
		RequestMemo.forget(memoKey(id));
		audit.record("UPDATE", "company", id, Map.of("name", before.name(), "defaultLocale", before.defaultLocale(),
				"timeZone", before.timeZone()),
				Map.of("name", after.name(), "defaultLocale", after.defaultLocale(), "timeZone", after.timeZone()));
		return after;
	}

	@Transactional(readOnly = true)
	public List<CompanySummary> all() {
		return companies.findAllByOrderByName().stream().map(Company::summary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CompanySummary> find(UUID id) {
		return remembered(id).map(Company::summary);
	}

	@Transactional(readOnly = true)
	public boolean exists(UUID id) {
		return remembered(id).isPresent();
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return companies.count() == 0;
	}

	@Override
	@Transactional(readOnly = true)
	public String nameOf(UUID companyId) {
		return remembered(companyId).map(company -> company.summary().name()).orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public ZoneId zoneOf(UUID companyId) {
		return remembered(companyId)
			.map(company -> ZoneId.of(company.summary().timeZone()))
			.orElse(java.time.ZoneOffset.UTC);
	}

	/** The company as read once per request: a page asks for its zone and settings several times. */
	private Optional<Company> remembered(UUID id) {
		return RequestMemo.get(memoKey(id), () -> companies.findById(id));
	}

	private static String memoKey(UUID id) {
		return "company:" + id;
	}

}
